package nl.duiding.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;

/**
 * Malformed submissions over real HTTP: each gets a clear message next to the field, keeps what the
 * teller typed, stores nothing, and never answers 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedSubmissionTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    TestFixtures.World world;
    HttpSession teller;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        teller = new HttpSession(port);
    }

    @Test
    void aMissingStoryIsAskedFor() {
        Page page = submit(fields -> replace(fields, "body", ""));
        assertRejected(page, "veld-body", "Schrijf je verhaal.");
        assertThat(page.document().select("#title").val()).isEqualTo("Een titel die blijft");
    }

    @Test
    void triadSharesThatDoNotSumToOneAreRefused() {
        Page page = submit(fields -> replace(replace(fields, "triad.wat_hielp.a", "50"), "triad.wat_hielp.b", "40"));
        assertRejected(page, "veld-answer.wat_hielp", "De drie getallen moeten samen 100 zijn.");
        assertThat(page.document().select("#triad-wat_hielp-a").val()).isEqualTo("50");
        assertThat(page.document().select("#body").text()).isEqualTo("Mijn verhaal dat niet verloren mag gaan.");
    }

    @Test
    void negativeOrOutOfRangeSharesAreRefused() {
        Page page = submit(fields -> replace(replace(fields, "triad.wat_hielp.a", "-10"), "triad.wat_hielp.c", "80"));
        assertRejected(page, "veld-answer.wat_hielp", "Elk getal moet tussen 0 en 100 liggen.");
    }

    @Test
    void anUnknownQuestionIsRefused() {
        Page page = submit(fields -> add(fields, "dyad.bestaat_niet", "50"));
        assertRejected(page, "veld-answers", "Er zat een vraag bij die niet in deze vragenlijst staat.");
    }

    @Test
    void aSliderOutsideItsRangeIsRefused() {
        Page page = submit(fields -> replace(fields, "dyad.regie", "150"));
        assertRejected(page, "veld-answer.regie", "Kies een plek op de schuifbalk.");
    }

    @Test
    void anOptionThatIsNotInTheFrameworkIsRefused() {
        Page page = submit(fields -> add(fields, "choice.thema", "<script>alert(1)</script>"));
        assertRejected(page, "veld-answer.thema", "Kies alleen uit de antwoorden in de lijst.");
        assertThat(page.document().html()).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void aMegabyteOfTextIsRefusedAndKept() {
        String megabyte = "a".repeat(1_000_000);
        Page page = submit(fields -> replace(fields, "body", megabyte));
        assertRejected(page, "veld-body", "Je verhaal is te lang");
        assertThat(page.document().select("#body").text()).hasSize(1_000_000);
    }

    @Test
    void malformedNumbersAndRolesAreRefusedNotCrashed() {
        Page page = submit(fields -> replace(replace(replace(fields, "providerId", "abc"), "role", "KONING"),
                "triad.wat_hielp.a", "twintig"));
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.document().select(".error-summary li")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(storedStories()).isZero();
    }

    @Test
    void userTextIsEscapedWhenTheFormComesBack() {
        Page page = submit(fields -> replace(replace(fields, "title", "<b>vet</b>"), "body", ""));
        assertThat(page.document().select("#title").val()).isEqualTo("<b>vet</b>");
        assertThat(page.document().select("b:contains(vet)")).isEmpty();
    }

    @Test
    void anUnknownLinkSaysSoKindly() {
        Page page = teller.get("/vertel/bestaat-niet");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.document().select("h1").text()).isEqualTo("Deze link werkt niet");
    }

    private Page submit(UnaryOperator<List<Map.Entry<String, String>>> change) {
        Page form = teller.get("/vertel/" + world.collection().token());
        List<Map.Entry<String, String>> fields = new ArrayList<>(validFields(form));
        return teller.post("/vertel/" + world.collection().token(), change.apply(fields));
    }

    private void assertRejected(Page page, String fieldId, String message) {
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.document().getElementById(fieldId)).as(fieldId).isNotNull();
        assertThat(page.document().getElementById(fieldId).text()).contains(message);
        assertThat(page.document().select(".error-summary").text()).contains(message);
        assertThat(storedStories()).isZero();
    }

    private int storedStories() {
        Integer count = jdbc.queryForObject("select count(*) from story where collection_id = ?", Integer.class,
                world.collection().id());
        return count == null ? 0 : count;
    }

    private static List<Map.Entry<String, String>> validFields(Page form) {
        return new ArrayList<>(List.of(Map.entry("_csrf", form.csrf()), Map.entry("formToken", form.formToken()),
                Map.entry("idempotencyKey", form.document().select("input[name=idempotencyKey]").attr("value")),
                Map.entry("role", "PROFESSIONAL"), Map.entry("title", "Een titel die blijft"),
                Map.entry("body", "Mijn verhaal dat niet verloren mag gaan."), Map.entry("providerId", ""),
                Map.entry("districtCode", ""), Map.entry("triad.wat_hielp.a", "10"),
                Map.entry("triad.wat_hielp.b", "10"), Map.entry("triad.wat_hielp.c", "80"),
                Map.entry("dyad.regie", "40"), Map.entry("consentAnalysis", "true")));
    }

    private static List<Map.Entry<String, String>> replace(List<Map.Entry<String, String>> fields, String name, String value) {
        List<Map.Entry<String, String>> out = new ArrayList<>(fields.stream().filter(e -> !e.getKey().equals(name)).toList());
        out.add(Map.entry(name, value));
        return out;
    }

    private static List<Map.Entry<String, String>> add(List<Map.Entry<String, String>> fields, String name, String value) {
        List<Map.Entry<String, String>> out = new ArrayList<>(fields);
        out.add(Map.entry(name, value));
        return out;
    }
}
