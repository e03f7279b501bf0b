package nl.duiding.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * The one filter across the dashboard's pages: the themes and explorer links keep all of it (district, period, choice,
 * consent, not only provider, role and text); old links with the English names still filter; a malformed value gives
 * the page, never an error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FilterLinksTest {

    static final String DISTRICT = "WK050501";

    private final int port;
    private final TestFixtures.World world;
    private final StoryIntake intake;
    private final StoryQueries queries;
    private HttpSession officer;
    private String dashboard;
    /** The filter in the current names: 4 of the opgave's 6 stories. */
    private String filter;

    @Autowired
    FilterLinksTest(@LocalServerPort int port, TestFixtures fixtures, StoryIntake intake, StoryQueries queries) {
        this.port = port;
        this.world = fixtures.world();
        this.intake = intake;
        this.queries = queries;
    }

    @BeforeEach
    void stories() {
        for (int i = 0; i < 4; i++) {
            tell(DISTRICT, Set.of("geld"), true, "Geld en hulp " + i);
        }
        tell(null, Set.of("geld"), true, "Zonder wijk");
        tell(DISTRICT, Set.of(), false, "Zonder keuze");
        await().atMost(Duration.ofSeconds(20)).until(() -> queries.insights(StoryFilter.opgave(world.opgaveId()), List.of(), 0)
                .total() == 6);
        officer = new HttpSession(port);
        officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        dashboard = "/dashboard/opgave/" + world.opgaveId();
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        filter = "wijk=" + DISTRICT + "&van=" + now.minusMonths(1) + "&tot=" + now.plusMonths(1)
                + "&keuze=thema%3Ageld&toestemming=SHARE";
    }

    @Test
    void theThemesAndExplorerLinksKeepDistrictPeriodChoiceAndConsent() {
        Page page = officer.get(dashboard + "?" + filter);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#story-count").text()).isEqualTo("4");
        assertThat(page.document().select("#facets-hint").text()).as("the sideways counts are explained")
                .contains("behalve hun eigen");

        String themes = page.document().select("#link-themes").attr("href");
        String explorer = page.document().select("#link-explorer").attr("href");
        assertThat(themes).isEqualTo(dashboard + "/themas?" + filter);
        assertThat(explorer).isEqualTo(dashboard + "/verkenner?" + filter);

        Document themesPage = officer.get(themes).document();
        assertThat(hidden(themesPage, ".filter-form")).as("the themes form sends the rest of the filter along")
                .contains("wijk=" + DISTRICT, "keuze=thema:geld", "toestemming=SHARE").anyMatch(p -> p.startsWith("van="))
                .anyMatch(p -> p.startsWith("tot="));
        assertThat(themesPage.select("#back-to-dashboard").attr("href")).isEqualTo(dashboard + "?" + filter);
        themesPage.select("#key-terms a, #clusters a").forEach(a -> assertThat(a.attr("href")).contains(filter));

        Document explorerPage = officer.get(explorer + "&minA=0").document();
        assertThat(explorerPage.select("#selected-count").text()).as("the explorer selects within the filter").isEqualTo("4");
        assertThat(hidden(explorerPage, "#area-form")).contains("wijk=" + DISTRICT, "keuze=thema:geld", "toestemming=SHARE")
                .anyMatch(p -> p.startsWith("van=")).anyMatch(p -> p.startsWith("tot="));
        assertThat(explorerPage.select("#clear-area").attr("href")).contains(filter);
        assertThat(officer.get(explorerPage.select("#back-to-dashboard").attr("href")).document().select("#story-count").text())
                .isEqualTo("4");
    }

    @Test
    void oldLinksWithTheEnglishNamesStillFilter() {
        String old = filter.replace("wijk=", "district=").replace("van=", "from=").replace("tot=", "to=")
                .replace("keuze=", "choice=").replace("toestemming=", "consent=") + "&provider=" + world.providerId()
                + "&role=CLIENT";
        Page page = officer.get(dashboard + "?" + old);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#story-count").text()).isEqualTo("4");
        assertThat(page.document().select("#link-themes").attr("href")).as("links are written in the current names")
                .isEqualTo(dashboard + "/themas?aanbieder=" + world.providerId() + "&rol=CLIENT&" + filter);
        assertThat(officer.get(dashboard + "?role=PROFESSIONAL").document().select("#story-count").text()).isEqualTo("0");

        String csv = new String(officer.download(dashboard + "/cijfers.csv?" + old).body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("verhalen;;totaal;4\r\n");
        Document themes = officer.get(dashboard + "/themas?" + old).document();
        assertThat(themes.select("#f-provider option[selected]").val()).isEqualTo(Long.toString(world.providerId()));
        assertThat(hidden(themes, ".filter-form")).contains("wijk=" + DISTRICT, "keuze=thema:geld");
        assertThat(officer.get(dashboard + "/verkenner?" + old + "&minA=0").document().select("#selected-count").text())
                .isEqualTo("4");
    }

    @Test
    void aMalformedValueGivesThePageNotAnError() {
        String junk = "?aanbieder=abc&rol=KONING&van=gisteren&tot=2026-13&keuze=%3A&keuze=thema%3A&toestemming=ALLES"
                + "&jaar=twintig&per=elke-dag&provider=-&role=&consent=%3Cscript%3E";
        Page page = officer.get(dashboard + junk);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#story-count").text()).as("nothing readable: not filtered").isEqualTo("6");
        assertThat(page.document().select("#active-filters")).isEmpty();
        assertThat(page.document().select("#facets-hint")).as("no filter, nothing to explain").isEmpty();
        for (String path : List.of("/themas", "/verkenner", "/warm-koud", "/wijken", "/zorglandschap")) {
            assertThat(officer.get(dashboard + path + junk).status()).as(path).isEqualTo(200);
        }
        for (String path : List.of("/cijfers.csv", "/warm-koud.csv", "/wijken.csv", "/aanbieders.csv", "/zorglandschap.csv")) {
            assertThat(officer.download(dashboard + path + junk).statusCode()).as(path).isEqualTo(200);
        }
    }

    /** The hidden fields of a form as name=value. */
    private static List<String> hidden(Document page, String form) {
        return page.select(form + " input[type=hidden]").stream().map(i -> i.attr("name") + "=" + i.attr("value")).toList();
    }

    private void tell(String district, Set<String> themes, boolean share, String title) {
        intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(), world.providerId(),
                district, TellerRole.CLIENT, title, "Wat de hulp deed met het geld.", "nl", true, false, share,
                List.of(new Answer.Triad("wat_hielp", 0.6, 0.2, 0.2), new Answer.Dyad("regie", 0.4),
                        new Answer.Choice("thema", themes)), UUID.randomUUID(), null, Set.of(), null));
    }
}
