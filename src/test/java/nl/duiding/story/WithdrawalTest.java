package nl.duiding.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryQueries;

/** A teller withdraws a story with the receipt code: it is gone from the database and from the index. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WithdrawalTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StoryQueries queries;

    @Test
    void aWithdrawnStoryIsGoneFromTheDatabaseAndTheIndex() {
        TestFixtures.World world = fixtures.world();
        HttpSession teller = new HttpSession(port);
        Page form = teller.get("/vertel/" + world.collection().token());
        Page thanks = teller.follow(teller.post("/vertel/" + world.collection().token(), List.of(
                Map.entry("_csrf", form.csrf()), Map.entry("idempotencyKey", form.document().select("input[name=idempotencyKey]").val()),
                Map.entry("role", "PROFESSIONAL"), Map.entry("title", "Later toch niet"), Map.entry("body", "Een verhaal om in te trekken."),
                Map.entry("triad.wat_hielp.a", "100"), Map.entry("triad.wat_hielp.b", "0"), Map.entry("triad.wat_hielp.c", "0"),
                Map.entry("dyad.regie", "20"), Map.entry("consentAnalysis", "true"))));
        String receipt = thanks.document().select(".receipt").text();
        await().atMost(Duration.ofSeconds(10)).until(() -> indexed(world) == 1);
        assertThat(stored(world)).isEqualTo(1);

        String csrf = teller.get("/vertel/intrekken").csrf();
        Page wrong = teller.post("/vertel/intrekken", List.of(Map.entry("_csrf", csrf), Map.entry("code", "AAAAA-AAAAA")));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.document().select("#withdraw-unknown").text()).contains("geen verhaal bij deze code");
        assertThat(stored(world)).isEqualTo(1);

        Page done = teller.post("/vertel/intrekken", List.of(Map.entry("_csrf", csrf),
                Map.entry("code", receipt.toLowerCase())));
        assertThat(done.document().select("#withdraw-done").text()).contains("verwijderd");
        assertThat(stored(world)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from story_answer a where not exists (select 1 from story s where s.id = a.story_id)",
                Integer.class)).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> indexed(world) == 0);
    }

    private int stored(TestFixtures.World world) {
        return jdbc.queryForObject("select count(*) from story where collection_id = ?", Integer.class, world.collection().id());
    }

    private long indexed(TestFixtures.World world) {
        return queries.insights(StoryFilter.opgave(world.opgaveId()), List.of(), 0).total();
    }
}
