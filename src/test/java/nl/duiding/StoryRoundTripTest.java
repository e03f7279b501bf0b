package nl.duiding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.HttpSession.Page;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryQueries;

/**
 * The walking skeleton end to end against the real PostgreSQL: an HTTP form submit becomes a row in
 * PostgreSQL, a Lucene hit, and a story on the opgave dashboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoryRoundTripTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StoryQueries queries;

    TestFixtures.World world;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
    }

    @Test
    void aToldStoryTravelsFromTheFormToTheDashboard() {
        // letters only: a marker ending in "…erf72035" read as a street with its house number and was masked
        String marker = "kwartiermaker" + UUID.randomUUID().toString().substring(0, 6).chars()
                .mapToObj(c -> String.valueOf((char) ('g' + Character.digit(c, 16)))).collect(java.util.stream.Collectors.joining());
        HttpSession teller = new HttpSession(port);
        Page form = teller.get("/vertel/" + world.collection().token());
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.document().select("input[name=triad.wat_hielp.a]")).hasSize(1);

        List<Map.Entry<String, String>> fields = formFields(form, "De gesprekken met " + marker + " hielpen ons echt.");
        Page submitted = teller.post("/vertel/" + world.collection().token(), fields);
        assertThat(submitted.status()).isEqualTo(302);
        Page thanks = teller.follow(submitted);
        assertThat(thanks.document().select(".receipt").text()).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");

        // the row in PostgreSQL, with its answers
        Map<String, Object> row = jdbc.queryForMap("select id, title, teller_role, provider_id from story where body like ?",
                "%" + marker + "%");
        assertThat(row.get("title")).isEqualTo("Samen aan tafel");
        assertThat(row.get("teller_role")).isEqualTo("CLIENT");
        assertThat(jdbc.queryForObject("select count(*) from story_answer where story_id = ?", Integer.class, row.get("id")))
                .isEqualTo(4);

        // the Lucene hit: stemming lets "gesprek" find "gesprekken"
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                queries.insights(new StoryFilter(world.opgaveId(), null, null, "gesprek " + marker), List.of(), 10).total())
                .isEqualTo(1));

        // the dashboard of a signed-in policy officer
        HttpSession officer = new HttpSession(port);
        assertThat(officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD).status()).isEqualTo(302);
        Page dashboard = officer.get("/dashboard/opgave/" + world.opgaveId());
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.document().select("#story-count").text()).isEqualTo("1");
        assertThat(dashboard.document().select("#role-counts").text()).contains("Cliënt");
        assertThat(dashboard.document().select("#provider-counts").text()).contains("Testaanbieder");
        assertThat(dashboard.document().select("figure.ternary circle")).hasSize(1);
        assertThat(dashboard.document().select("#story-list h3").text()).isEqualTo("Samen aan tafel");

        Page search = officer.get("/dashboard/opgave/" + world.opgaveId() + "?q=gesprek");
        assertThat(search.document().select("#story-list mark").eachText()).contains("gesprekken");
    }

    @Test
    void anonymousVisitorsCannotSeeTheDashboard() {
        Page page = new HttpSession(port).get("/dashboard/opgave/" + world.opgaveId());
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }

    static List<Map.Entry<String, String>> formFields(Page form, String body) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("_csrf", form.csrf()));
        fields.add(Map.entry("formToken", form.formToken()));
        fields.add(Map.entry("idempotencyKey", form.document().select("input[name=idempotencyKey]").attr("value")));
        fields.add(Map.entry("role", "CLIENT"));
        fields.add(Map.entry("title", "Samen aan tafel"));
        fields.add(Map.entry("body", body));
        fields.add(Map.entry("providerId", form.document().select("#providerId option:contains(Testaanbieder)").attr("value")));
        fields.add(Map.entry("districtCode", "WK050501"));
        fields.add(Map.entry("triad.wat_hielp.a", "20"));
        fields.add(Map.entry("triad.wat_hielp.b", "30"));
        fields.add(Map.entry("triad.wat_hielp.c", "50"));
        fields.add(Map.entry("dyad.regie", "70"));
        fields.add(Map.entry("choice.thema", "thuis"));
        fields.add(Map.entry("choice.thema", "school_werk"));
        fields.add(Map.entry("consentAnalysis", "true"));
        return fields;
    }
}
