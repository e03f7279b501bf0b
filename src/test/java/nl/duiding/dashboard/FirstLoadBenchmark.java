package nl.duiding.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.DuidingApplication;
import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;

/**
 * Issue 17's "first dashboard load after start ≤ 500 ms", not part of {@code verify}:
 * {@code ./mvnw -B -Pbenchmark test -Dtest=FirstLoadBenchmark} (options {@code -Dbenchmark.starts=3}). Each start
 * is a new application on a fresh database with the demo data, as {@code ./mvnw spring-boot:run} gives a newcomer;
 * once it is up, the demo's policy officer signs in and the first request of each page is timed: the start
 * dashboard, the largest opgave's dashboard (every chart, facet and the story list) and its overview. Prints each
 * start's times and, over the starts, the median and the slowest of each page. Only the first start runs in a cold
 * JVM, as after {@code spring-boot:run}; later starts share this JVM's compiled code, so the slowest figure is the
 * one to read against the goal.
 */
@Tag("benchmark")
class FirstLoadBenchmark {

    static final String[] PAGES = {"/dashboard", "/dashboard/opgave/%d", "/dashboard/opgave/%d/overzicht"};

    @Test
    void theFirstDashboardLoadAfterStart() {
        int starts = Integer.getInteger("benchmark.starts", 3);
        List<long[]> runs = new ArrayList<>();
        for (int s = 0; s < starts; s++) {
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DuidingApplication.class).run(
                    "--server.port=0", "--duiding.test.fresh-database=true", "--spring.profiles.active=demo",
                    "--logging.level.root=WARN")) {
                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                long opgave = app.getBean(JdbcTemplate.class).queryForObject(
                        "select opgave_id from story group by opgave_id order by count(*) desc limit 1", Long.class);
                HttpSession officer = new HttpSession(port);
                assertThat(officer.login("beleid", "bea-demo-2026").status()).isEqualTo(302);
                long[] millis = new long[PAGES.length];
                for (int p = 0; p < PAGES.length; p++) {
                    long t0 = System.nanoTime();
                    Page page = officer.get(PAGES[p].formatted(opgave));
                    millis[p] = (System.nanoTime() - t0) / 1_000_000;
                    assertThat(page.status()).as(PAGES[p]).isEqualTo(200);
                }
                runs.add(millis);
                System.out.printf("FIRST LOAD start %d: %s%n", s + 1, line(millis));
            }
        }
        long[] median = new long[PAGES.length];
        long[] slowest = new long[PAGES.length];
        for (int p = 0; p < PAGES.length; p++) {
            int page = p;
            long[] sorted = runs.stream().mapToLong(r -> r[page]).sorted().toArray();
            median[p] = sorted[sorted.length / 2];
            slowest[p] = sorted[sorted.length - 1];
        }
        System.out.printf("FIRST LOAD over %d starts, median: %s; slowest: %s (goal: <= 500 ms)%n", starts,
                line(median), line(slowest));
    }

    private static String line(long[] millis) {
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < PAGES.length; p++) {
            parts.add(PAGES[p].replace("%d", "{opgave}") + " " + millis[p] + " ms");
        }
        return String.join(", ", parts);
    }
}
