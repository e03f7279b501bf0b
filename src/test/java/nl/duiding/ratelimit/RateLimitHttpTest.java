package nl.duiding.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;

/** The limits over real HTTP, set low: a refused teller keeps every word; too many sign-ins get 429. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "duiding.rate-limit.story.per-link=2", "duiding.rate-limit.story.per-address=3",
        "duiding.rate-limit.login.per-address=3", "duiding.rate-limit.receipt.per-address=3"})
class RateLimitHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storiesBeyondTheLinkAndAddressLimitsComeBackWithTheirTextAndAreNotStored() {
        TestFixtures.World first = fixtures.world();
        TestFixtures.World second = fixtures.world();
        HttpSession teller = new HttpSession(port);

        assertThat(submit(teller, first, "Eerste").status()).isEqualTo(302);
        assertThat(submit(teller, first, "Tweede").status()).isEqualTo(302);
        Page linkFull = submit(teller, first, "Derde verhaal, via een drukke link");
        assertRefusedAndKept(linkFull, "Er worden net heel veel verhalen verstuurd via deze link.",
                "Derde verhaal, via een drukke link");

        assertThat(submit(teller, second, "Vierde").status()).as("the third from this address").isEqualTo(302);
        Page addressFull = submit(teller, second, "Vijfde verhaal, één te veel vanaf dit adres");
        assertRefusedAndKept(addressFull, "Er zijn net veel verhalen verstuurd vanaf dit adres. Wacht even en verstuur "
                + "je verhaal dan opnieuw — je tekst staat er nog.", "Vijfde verhaal, één te veel vanaf dit adres");

        assertThat(stored(first)).isEqualTo(2);
        assertThat(stored(second)).isEqualTo(1);
    }

    @Test
    void guessingReceiptCodesIsRefusedWith429BeforeAnyDatabaseWork() {
        fixtures.world();
        HttpSession guesser = new HttpSession(port);
        String csrf = guesser.get("/vertel/intrekken").csrf();
        int auditedBefore = jdbc.queryForObject("select count(*) from audit_event where details = 'unknown receipt code'",
                Integer.class);
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.post("/vertel/intrekken", List.of(Map.entry("_csrf", csrf),
                    Map.entry("code", "GOK" + i + "-XXXXX"))).status()).isEqualTo(422);
        }
        Page refused = guesser.post("/vertel/intrekken", List.of(Map.entry("_csrf", csrf), Map.entry("code", "GOK9-XXXXX")));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.document().select("#withdraw-refused").text()).contains("te vaak een code geprobeerd");
        assertThat(refused.document().select("#code").val()).isEqualTo("GOK9-XXXXX");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where details = 'unknown receipt code'",
                Integer.class)).as("the refused attempt reached no database").isEqualTo(auditedBefore + 3);
    }

    @Test
    void tooManySignInsFromOneAddressGet429BeforeAnyPasswordIsChecked() {
        fixtures.world();
        for (int i = 0; i < 3; i++) {
            assertThat(new HttpSession(port).login("niemand", "fout").location()).endsWith("/login?error");
        }
        Page refused = new HttpSession(port).login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.document().select("h1").text()).isEqualTo("Even wachten");
        assertThat(refused.document().text()).contains("Wacht een minuut");
    }

    private static void assertRefusedAndKept(Page page, String message, String body) {
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.document().select("#te-veel").text()).startsWith(message).endsWith("je tekst staat er nog.");
        assertThat(page.document().select("#body").text()).isEqualTo(body);
        assertThat(page.document().select("#title").val()).isEqualTo("Een titel");
        assertThat(page.document().select("#triad-wat_hielp-c").val()).isEqualTo("80");
    }

    private static Page submit(HttpSession teller, TestFixtures.World world, String body) {
        String path = "/vertel/" + world.collection().token();
        Page form = teller.get(path);
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("_csrf", form.csrf()), Map.entry("formToken", form.formToken()),
                Map.entry("idempotencyKey", form.document().select("input[name=idempotencyKey]").attr("value")),
                Map.entry("role", "CLIENT"), Map.entry("title", "Een titel"), Map.entry("body", body),
                Map.entry("providerId", ""), Map.entry("districtCode", ""), Map.entry("triad.wat_hielp.a", "10"),
                Map.entry("triad.wat_hielp.b", "10"), Map.entry("triad.wat_hielp.c", "80"),
                Map.entry("dyad.regie", "40"), Map.entry("consentAnalysis", "true")));
        return teller.post(path, fields);
    }

    private int stored(TestFixtures.World world) {
        Integer count = jdbc.queryForObject("select count(*) from story where collection_id = ?", Integer.class,
                world.collection().id());
        return count == null ? -1 : count;
    }
}
