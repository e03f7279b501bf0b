package nl.duiding.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.DuidingApplication;
import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;

/**
 * The public form under load over loopback (issue 18), not part of {@code verify}:
 * {@code ./mvnw -B -Pbenchmark test -Dtest=TellerLoadBenchmark} (options {@code -Dbenchmark.stories=2000},
 * {@code -Dbenchmark.concurrency=32}, {@code -Dbenchmark.pool=10}). Each of C clients opens the form and sends a
 * story, again and again, until N stories were sent. Prints stories/s, p50/p95/p99 of the POST, errors and
 * client time-outs (30 s), checks that every acknowledged story is stored once, and prints how long indexing lagged
 * behind (the outbox's publication to completion, p50/p99/max) and how long after the last story the index was done.
 */
@Tag("benchmark")
class TellerLoadBenchmark {

    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void thePublicFormUnderLoad() throws Exception {
        int stories = Integer.getInteger("benchmark.stories", 2000);
        int concurrency = Integer.getInteger("benchmark.concurrency", 32);
        int pool = Integer.getInteger("benchmark.pool", 10);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DuidingApplication.class).run(
                "--server.port=0", "--duiding.test.fresh-database=true", "--duiding.database.pool-size=" + pool,
                "--spring.datasource.hikari.maximum-pool-size=" + pool,
                "--logging.level.root=WARN")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            TestFixtures.World world = app.getBean(TestFixtures.class).world();
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            String path = "/vertel/" + world.collection().token();
            for (int i = 0; i < 20; i++) {
                send(new HttpSession(port), path, "opwarmen " + i); // warm-up, not counted
            }
            Instant firstAt = Instant.now();

            AtomicInteger left = new AtomicInteger(stories);
            ConcurrentLinkedQueue<long[]> results = new ConcurrentLinkedQueue<>(); // {status, millis}
            ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicInteger timeouts = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(concurrency);
            long start = System.nanoTime();
            for (int c = 0; c < concurrency; c++) {
                clients.submit(() -> {
                    HttpSession teller = new HttpSession(port);
                    while (left.getAndDecrement() > 0) {
                        String marker = "Last " + letters(UUID.randomUUID());
                        long t0 = System.nanoTime();
                        try {
                            int status = send(teller, path, marker);
                            long millis = (System.nanoTime() - t0) / 1_000_000;
                            if (millis > CLIENT_TIMEOUT.toMillis()) {
                                timeouts.incrementAndGet();
                            }
                            results.add(new long[] {status, millis});
                            if (status == 302) {
                                acknowledged.add(marker);
                            }
                        } catch (RuntimeException e) {
                            timeouts.incrementAndGet();
                            results.add(new long[] {-1, (System.nanoTime() - t0) / 1_000_000});
                        }
                    }
                    return null;
                });
            }
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
            double seconds = (System.nanoTime() - start) / 1e9;
            Instant lastSentAt = Instant.now();

            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            while (Instant.now().isBefore(deadline) && jdbc.queryForObject(
                    "select count(*) from event_publication where completion_date is null", Integer.class) > 0) {
                Thread.sleep(100);
            }
            double indexDoneAfter = Duration.between(lastSentAt, Instant.now()).toMillis() / 1000.0;
            List<Double> lags = jdbc.queryForList("""
                    select extract(epoch from completion_date - publication_date) from event_publication
                    where publication_date >= ? and completion_date is not null order by 1""", Double.class,
                    java.sql.Timestamp.from(firstAt));

            List<Long> millis = new ArrayList<>(results.stream().map(r -> r[1]).toList());
            Collections.sort(millis);
            long errors = results.stream().filter(r -> r[0] != 302).count();
            Map<Long, Long> byStatus = results.stream().collect(java.util.stream.Collectors.groupingBy(r -> r[0],
                    java.util.TreeMap::new, java.util.stream.Collectors.counting()));
            List<String> stored = jdbc.queryForList("select title from story where collection_id = ? and title like 'Last %'",
                    String.class, world.collection().id());
            System.out.printf("%nTELLER LOAD: %d stories, C=%d, pool=%d: %.1f stories/s; POST p50 %d ms, p95 %d ms, p99 %d ms,"
                            + " max %d ms; errors %d %s; time-outs %d; acknowledged %d, stored %d (distinct %d);"
                            + " indexing lag p50 %.2f s, p99 %.2f s, max %.2f s; index done %.1f s after the last story%n%n",
                    stories, concurrency, pool, results.size() / seconds, pct(millis, 50), pct(millis, 95), pct(millis, 99),
                    millis.get(millis.size() - 1), errors, byStatus, timeouts.get(), acknowledged.size(), stored.size(),
                    stored.stream().distinct().count(), pctD(lags, 50), pctD(lags, 99),
                    lags.isEmpty() ? Double.NaN : lags.get(lags.size() - 1), indexDoneAfter);
            assertThat(stored).containsAll(acknowledged).doesNotHaveDuplicates();
        }
    }

    private static int send(HttpSession teller, String path, String marker) {
        Page form = teller.get(path);
        Page result = teller.post(path, List.of(Map.entry("formToken", form.formToken()),
                Map.entry("idempotencyKey", form.document().select("input[name=idempotencyKey]").val()),
                Map.entry("role", "CLIENT"), Map.entry("title", marker),
                Map.entry("body", "Het verhaal " + marker + " over wat hielp en wat niet, met een paar zinnen meer."),
                Map.entry("triad.wat_hielp.a", "40"), Map.entry("triad.wat_hielp.b", "30"),
                Map.entry("triad.wat_hielp.c", "30"), Map.entry("dyad.regie", "60"), Map.entry("consentAnalysis", "true")));
        return result.status();
    }

    /** Letters only, so the privacy scrubber finds no number (a BSN, a phone) in the marker and leaves it as it is. */
    private static String letters(UUID id) {
        StringBuilder s = new StringBuilder();
        for (char c : id.toString().replace("-", "").toCharArray()) {
            s.append((char) ('a' + Character.digit(c, 16)));
        }
        return s.toString();
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double pctD(List<Double> sorted, int p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
