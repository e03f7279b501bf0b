package nl.duiding.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.DuidingApplication;
import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TcpProxy;
import nl.duiding.TestDatabase;
import nl.duiding.TestFixtures;

/**
 * PostgreSQL disappears for 30 seconds while tellers submit stories. Tellers then get a clear retry message
 * with their text kept; the application recovers by itself; every story that was acknowledged is stored.
 * (The database vanishes behind a TCP relay rather than by stopping the server, which other test runs on the
 * same machine may be using; for the application the effect is the same: connections reset, new ones refused.)
 */
class DatabaseOutageTest {

    record Attempt(String marker, int status, boolean retryMessageWithTextKept) {
    }

    @Test
    void acknowledgedStoriesSurviveA30SecondOutageAndTheAppRecoversWithoutRestart() throws Exception {
        URI db = URI.create(TestDatabase.get().url().substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(db.getHost(), db.getPort());
             ConfigurableApplicationContext app = new SpringApplicationBuilder(DuidingApplication.class).run(
                     "--server.port=0", "--duiding.test.database-port=" + proxy.port(),
                     "--spring.datasource.hikari.connection-timeout=2000",
                     "--spring.datasource.hikari.validation-timeout=1000")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            TestFixtures.World world = app.getBean(TestFixtures.class).world();
            HttpSession teller = new HttpSession(port);
            List<Attempt> attempts = new ArrayList<>();

            submitFor(Duration.ofSeconds(4), teller, world, attempts);
            proxy.cut();
            Instant cutAt = Instant.now();
            submitFor(Duration.ofSeconds(30), teller, world, attempts);
            proxy.restore();
            int afterRestore = attempts.size();
            submitFor(Duration.ofSeconds(12), teller, world, attempts);
            assertThat(Duration.between(cutAt, Instant.now())).isGreaterThan(Duration.ofSeconds(30));

            assertThat(attempts).allSatisfy(a -> assertThat(a.status()).as(a.marker()).isIn(302, 503));
            assertThat(attempts).filteredOn(a -> a.status() == 503).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.retryMessageWithTextKept()).as(a.marker()).isTrue());
            assertThat(attempts.subList(afterRestore, attempts.size())).as("recovered without restart")
                    .anyMatch(a -> a.status() == 302);

            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<String> stored = jdbc.queryForList("select title from story where collection_id = ?", String.class,
                    world.collection().id());
            List<String> acknowledged = attempts.stream().filter(a -> a.status() == 302).map(Attempt::marker).toList();
            assertThat(stored).containsAll(acknowledged);
            assertThat(stored).doesNotHaveDuplicates();
        }
    }

    private static void submitFor(Duration duration, HttpSession teller, TestFixtures.World world, List<Attempt> attempts)
            throws InterruptedException {
        Instant end = Instant.now().plus(duration);
        while (Instant.now().isBefore(end)) {
            // digits only: a random hex marker can hold a first name ("bab62e78") that masking rightly hides
            String marker = "Verhaal " + (10_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(90_000_000));
            String body = "Tekst van " + marker + " die niet verloren mag gaan.";
            Page form = teller.get("/vertel/" + world.collection().token());
            Page result = teller.post("/vertel/" + world.collection().token(), List.of(Map.entry("_csrf", form.csrf()), Map.entry("formToken", form.formToken()),
                    Map.entry("idempotencyKey", form.document().select("input[name=idempotencyKey]").val()),
                    Map.entry("role", "CLIENT"), Map.entry("title", marker), Map.entry("body", body),
                    Map.entry("triad.wat_hielp.a", "40"), Map.entry("triad.wat_hielp.b", "30"),
                    Map.entry("triad.wat_hielp.c", "30"), Map.entry("dyad.regie", "60"), Map.entry("consentAnalysis", "true")));
            boolean kept = result.status() == 503
                    && result.document().select(".error-summary").text().contains("Je tekst staat er nog")
                    && result.document().select("#body").text().equals(body)
                    && result.document().select("#title").val().equals(marker);
            attempts.add(new Attempt(marker, result.status(), kept));
            Thread.sleep(250);
        }
    }
}
