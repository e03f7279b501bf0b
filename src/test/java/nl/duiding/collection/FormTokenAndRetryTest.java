package nl.duiding.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * Over real HTTP: the server-signed form token replaces the session's CSRF token on the story form (ADR
 * 0006). A lost session still stores the story; a forged or absent token is refused with all input kept;
 * a retry with the same idempotency key stores one story.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormTokenAndRetryTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    TestFixtures.World world;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
    }

    @Test
    void aSubmitWithoutTheSessionThatServedTheFormIsStored() {
        Page form = new HttpSession(port).get(path());
        // another client without any cookie: as after two hours idle, when the session has expired
        Page sent = new HttpSession(port).post(path(), fields(form, form.formToken()));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void aForgedTokenIsRefusedAndTheInputKept() {
        Page form = new HttpSession(port).get(path());
        String issued = form.formToken();
        String forged = issued.substring(0, issued.indexOf('.') + 1) + "AAAA" + issued.substring(issued.indexOf('.') + 5);
        Page refused = new HttpSession(port).post(path(), fields(form, forged));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.document().select("#veld-form").text()).contains("Druk nog een keer op versturen");
        assertThat(refused.document().select("#title").val()).isEqualTo("Een verhaal met een token");
        assertThat(stored()).isZero();
    }

    @Test
    void anAbsentTokenOrOneForAnotherFormIsRefused() {
        Page form = new HttpSession(port).get(path());
        Page other = new HttpSession(port).get(path());
        assertThat(new HttpSession(port).post(path(), fields(form, "")).status()).isEqualTo(403);
        assertThat(new HttpSession(port).post(path(), fields(form, other.formToken())).status()).isEqualTo(403);
        assertThat(stored()).isZero();
    }

    @Test
    void aRefusedFormCanBeSentAgainWithoutRetyping() {
        Page form = new HttpSession(port).get(path());
        HttpSession teller = new HttpSession(port);
        Page refused = teller.post(path(), fields(form, "1.nep"));
        Page again = teller.post(path(), fields(refused, refused.formToken()));
        assertThat(again.status()).isEqualTo(302);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameKeyStoresOneStory() {
        HttpSession teller = new HttpSession(port);
        Page form = teller.get(path());
        Page first = teller.post(path(), fields(form, form.formToken()));
        Page second = teller.post(path(), fields(form, form.formToken()));
        assertThat(first.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(302);
        assertThat(teller.follow(second).document().select("h1").text()).isEqualTo("Bedankt voor je verhaal");
        assertThat(stored()).isEqualTo(1);
    }

    private List<Map.Entry<String, String>> fields(Page form, String token) {
        return new ArrayList<>(List.of(Map.entry("formToken", token),
                Map.entry("idempotencyKey", form.document().select("input[name=idempotencyKey]").attr("value")),
                Map.entry("role", "PARENT"), Map.entry("title", "Een verhaal met een token"),
                Map.entry("body", "Ik liet het formulier lang openstaan."),
                Map.entry("triad.wat_hielp.a", "20"), Map.entry("triad.wat_hielp.b", "30"),
                Map.entry("triad.wat_hielp.c", "50"), Map.entry("dyad.regie", "40"),
                Map.entry("consentAnalysis", "true")));
    }

    private String path() {
        return "/vertel/" + world.collection().token();
    }

    private int stored() {
        Integer count = jdbc.queryForObject("select count(*) from story where collection_id = ?", Integer.class,
                world.collection().id());
        return count == null ? 0 : count;
    }
}
