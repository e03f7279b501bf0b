package nl.duiding.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.story.TellerRole;

/**
 * The themes page and the story explorer as a policy officer uses them: key words and clusters open onto their
 * stories; an area of the triad (drawn or typed) lists exactly the stories inside it, only of this opgave; reads
 * are audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ThemesAndExplorerPagesTest {

    /** Around corner A: from the corner to 60% A on both edges. */
    static final String AROUND_A = "1,0,0;0.6,0.4,0;0.6,0,0.4";

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    OpgaveCatalog catalog;
    @Autowired
    StoryQueries queries;
    @Autowired
    JdbcTemplate jdbc;

    TestFixtures.World world;
    long other;
    HttpSession officer;

    @BeforeEach
    void stories() {
        world = fixtures.world();
        other = catalog.saveProvider(null, "Ander " + UUID.randomUUID().toString().substring(0, 6),
                String.valueOf(40_000_000 + (int) (Math.random() * 9_000_000)));
        for (int i = 0; i < 8; i++) {
            tell(world, world.providerId(), "Zelf gedaan " + i, "Met de scootmobiel ga ik naar de markt. De scootmobiel geeft vrijheid.",
                    0.8, 0.1, 0.1);
        }
        for (int i = 0; i < 10; i++) {
            tell(world, other, "Met hulp " + i, "De begeleider kwam elke week en de buurvrouw ging mee naar de markt.",
                    0.1, 0.1, 0.8);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> queries.insights(StoryFilter.opgave(world.opgaveId()), List.of(), 0)
                .total() == 18);
        officer = new HttpSession(port);
        officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
    }

    @Test
    void keyWordsAndClustersOpenOntoTheirStories() {
        Page page = officer.get("/dashboard/opgave/" + world.opgaveId() + "/themas?provider=" + world.providerId());
        assertThat(page.status()).isEqualTo(200);
        Element first = page.document().selectFirst("#key-terms tbody tr th a");
        assertThat(first.text()).isEqualTo("scootmobiel");
        assertThat(page.document().select("#key-terms tbody tr").first().select("td").first().text()).isEqualTo("16");

        Page stories = officer.get(path(first.attr("href")));
        assertThat(stories.document().select("#theme-stories li")).hasSize(8);
        assertThat(stories.document().select("#theme-stories h3").eachText()).allMatch(t -> t.startsWith("Zelf gedaan"));
        assertThat(stories.document().select("#theme-stories mark").eachText()).contains("scootmobiel");
        assertThat(jdbc.queryForObject("select details from audit_event where object_type = 'OPGAVE_THEMES' and object_id = ?"
                + " order by id desc limit 1", String.class, String.valueOf(world.opgaveId()))).startsWith("stories=").contains(",");

        Page all = officer.get("/dashboard/opgave/" + world.opgaveId() + "/themas");
        assertThat(all.document().select("#no-comparison")).hasSize(1);
        List<Element> clusters = all.document().select("#clusters li");
        assertThat(clusters).isNotEmpty();
        assertThat(all.document().selectFirst("#cluster-sample").text()).contains("18");
        Element cluster = clusters.getFirst();
        int size = Integer.parseInt(cluster.selectFirst(".count").text().replaceAll("\\D", ""));
        Page clustered = officer.get(path(cluster.selectFirst("a").attr("href")));
        assertThat(clustered.document().select("#theme-stories li")).hasSize(size);
        Page gone = officer.get("/dashboard/opgave/" + world.opgaveId() + "/themas?cluster=bestaat-niet");
        assertThat(gone.status()).isEqualTo(200);
        assertThat(gone.document().select("#theme-stories li")).isEmpty();
    }

    @Test
    void anAreaOfTheTriadListsExactlyTheStoriesInsideItAndOnlyOfThisOpgave() {
        TestFixtures.World elsewhere = fixtures.world();
        tell(elsewhere, elsewhere.providerId(), "Andere opgave", "Ook dicht bij de hoek.", 0.9, 0.05, 0.05);
        await().atMost(Duration.ofSeconds(20)).until(() -> queries.insights(StoryFilter.opgave(elsewhere.opgaveId()), List.of(), 0)
                .total() == 1);

        Page drawn = officer.get(explorer("gebied=" + encode(AROUND_A)));
        assertThat(drawn.status()).isEqualTo(200);
        assertThat(drawn.document().selectFirst("#selected-count").text()).isEqualTo("8");
        assertThat(drawn.document().select("#explorer-stories h3").eachText()).hasSize(8).allMatch(t -> t.startsWith("Zelf gedaan"));
        assertThat(drawn.document().select("#explorer-svg .dots.selected circle")).hasSize(8);
        assertThat(drawn.document().select("#explorer-svg polygon.area")).hasSize(1);

        Page typed = officer.get(explorer("minC=60"));
        assertThat(typed.document().select("#explorer-stories h3").eachText()).hasSize(10).allMatch(t -> t.startsWith("Met hulp"));
        Page narrowed = officer.get(explorer("gebied=" + encode(AROUND_A) + "&role=PROFESSIONAL"));
        assertThat(narrowed.document().selectFirst("#selected-count").text()).isEqualTo("0");
        assertThat(jdbc.queryForObject("select details from audit_event where object_type = 'OPGAVE_STORIES' and object_id = ?"
                + " and details like 'explorer%' order by id desc limit 1", String.class, String.valueOf(world.opgaveId())))
                .isEqualTo("explorer stories=");

        Page malformed = officer.get(explorer("gebied=" + encode("1,0;x,y,z") + "&minA=abc"));
        assertThat(malformed.status()).isLessThan(500);
        Page noArea = officer.get(explorer("gebied=" + encode("1,0;x,y,z")));
        assertThat(noArea.status()).isEqualTo(200);
        assertThat(noArea.document().select("#explorer-stories")).isEmpty();
        assertThat(officer.get("/dashboard/opgave/999999/verkenner").status()).isEqualTo(404);
        assertThat(officer.get("/dashboard/opgave/999999/themas").status()).isEqualTo(404);
    }

    private void tell(TestFixtures.World target, long provider, String title, String body, double a, double b, double c) {
        fixtures.tell(target, provider, TellerRole.CLIENT, title, body, a, b, c);
    }

    private String explorer(String query) {
        return "/dashboard/opgave/" + world.opgaveId() + "/verkenner?" + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String path(String href) {
        return href.startsWith("http") ? href.substring(href.indexOf('/', 8)) : href;
    }
}
