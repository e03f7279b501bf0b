package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.demo.BenchmarkData;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.production.ProductionFigures;
import nl.duiding.story.TellerRole;

/**
 * Not part of {@code ./mvnw verify} (the name does not match surefire's patterns). Run it with
 * {@code ./mvnw -B -Pbenchmark test -Dtest=StoryIndexBenchmark} (README "Benchmarks"). In its own database
 * {@code duiding_bench_<stories>} (created when missing, filled once and reused) it generates
 * {@code -Dbenchmark.stories} stories (default 1,000,000) with the demo's patterns plus two years of declarations,
 * rebuilds the index (time and peak heap), then times the opgave dashboard query on the index and the same figures
 * computed by PostgreSQL, over varied filters, checks that both sides agree, and prints a table.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"duiding.demo.enabled=true", "duiding.demo.stories=0",
        "duiding.pseudonym.secret=benchmark-only-pseudonym-secret", "duiding.test.keep-index-directory=true",
        "spring.datasource.hikari.maximum-pool-size=8"})
class StoryIndexBenchmark {

    static final int STORIES = Integer.getInteger("benchmark.stories", 1_000_000);
    static final int ITERATIONS = Integer.getInteger("benchmark.iterations", 200);
    static final int SQL_ITERATIONS = Integer.getInteger("benchmark.sql-iterations", 20);
    static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 30);
    static final String DATABASE = System.getProperty("benchmark.database", "duiding_bench_" + STORIES);

    static {
        createDatabaseIfMissing();
        System.setProperty("duiding.test.datasource-url", "jdbc:postgresql://localhost:5432/" + DATABASE);
        System.setProperty("duiding.index.directory", System.getProperty("java.io.tmpdir") + "/" + DATABASE + "-index");
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IndexMaintenance maintenance;
    @Autowired
    StoryQueries queries;
    @Autowired
    StoryIndex index;
    @Autowired
    ProductionFigures figures;
    @Autowired
    StorySummaries summaries;
    @Autowired
    OpgaveCatalog catalog;

    @Test
    void opgaveDashboardOnTheIndexAgainstPostgresql() throws Exception {
        long stored = jdbc.queryForObject("select count(*) from story", Long.class);
        String data;
        double generateSeconds = 0;
        if (stored == STORIES) {
            data = "reused (already filled)";
        } else {
            if (stored != 0) {
                throw new IllegalStateException(DATABASE + " holds " + stored + " stories, not " + STORIES
                        + "; drop it (dropdb " + DATABASE + ") and run again");
            }
            BenchmarkData generator = new BenchmarkData(dataSource);
            generateSeconds = generator.generateStories(STORIES, 20261123L);
            long lines = generator.generateDeclarations(Math.max(1_000, STORIES / 20), 20261124L);
            data = String.format(Locale.ROOT, "generated in %.0f s (+ %,d declaration lines)", generateSeconds, lines);
            jdbc.execute("vacuum");
        }
        SqlDashboard.INDEXES.forEach(jdbc::execute);
        jdbc.execute("analyze");
        // the generator writes declarations around the importer, so the summed cold figures are made here, timed:
        // this is also what start-up does after an upgrade that changes them
        long coldStart = System.nanoTime();
        long coldRows = figures.rebuildSummary();
        double coldSeconds = (System.nanoTime() - coldStart) / 1e9;
        long declarationLines = jdbc.queryForObject("select count(*) from declared_line", Long.class);
        long answerRows = jdbc.queryForObject("select count(*) from story_answer", Long.class);

        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long cpuStart = os.getProcessCpuTime();
        long rebuildStart = System.nanoTime();
        long rebuilt = maintenance.rebuild();
        double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
        double rebuildCpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        long rebuildPeakHeap = peakHeap();
        double loadAfter = os.getSystemLoadAverage();
        assertThat(rebuilt).isEqualTo(maintenance.storedCount());

        List<YearMonth> months = months();
        List<StoryFilter> filters = filters();
        IndexDashboard indexSide = new IndexDashboard(queries, index, figures, catalog);
        SqlDashboard sqlSide = new SqlDashboard(jdbc);
        java.time.Instant from = months.getFirst().atDay(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        java.time.Instant to = months.getLast().plusMonths(1).atDay(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        for (StoryFilter filter : List.of(filters.get(0), filters.get(1), filters.get(filters.size() - 1))) {
            DashboardFigures sql = sqlSide.query(filter, months, true);
            assertSameFigures(indexSide.query(filter, months, true), sql, filter);
            // StorySummaries (split over two threads at this size) gives the same stories and means per month
            List<StorySummary> perMonth = summaries.summarize(new SummaryRequest(filter, null, from, to,
                    SummaryRequest.Grouping.MONTH, List.of(IndexDashboard.TRIAD), List.of(IndexDashboard.DYAD)));
            sql.months().forEach((month, expected) -> {
                StorySummary summary = perMonth.stream().filter(m -> m.key().equals(month)).findFirst()
                        .orElse(StorySummary.empty(month));
                assertThat(summary.stories()).as("summaries " + filter + " " + month).isEqualTo(expected.stories());
                if (expected.stories() > 0) {
                    assertThat(summary.dyads().get(IndexDashboard.DYAD).mean()).as("summaries " + filter + " " + month)
                            .isCloseTo(expected.regieMean(), within(1e-4));
                }
            });
        }

        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] aggregates = time(WARM_UP, ITERATIONS, filters, f -> indexSide.warm(f, months));
        double[] onIndex = time(WARM_UP, ITERATIONS, filters, f -> indexSide.query(f, months, false));
        double[] onIndexCold = time(WARM_UP, ITERATIONS, filters, f -> indexSide.query(f, months, true));
        // what the opgave dashboard and the warm-next-to-cold page ask of the module: every facet, every signifier
        // aggregate (triad means, confidence regions, density, zones; dyad histograms, means, medians) and the
        // stories with their means per month
        double[] onApi = time(WARM_UP, ITERATIONS, filters, f -> {
            queries.facets(f);
            queries.aggregates(f);
            summaries.summarize(new SummaryRequest(f, null, from, to, SummaryRequest.Grouping.MONTH,
                    List.of(IndexDashboard.TRIAD), List.of(IndexDashboard.DYAD)));
        });
        double[] onFacets = time(WARM_UP, ITERATIONS, filters, queries::facets);
        double[] onAggregates = time(WARM_UP, ITERATIONS, filters, queries::aggregates);
        double[] onSummaries = time(WARM_UP, ITERATIONS, filters, f -> summaries.summarize(new SummaryRequest(f, null,
                from, to, SummaryRequest.Grouping.MONTH, List.of(IndexDashboard.TRIAD), List.of(IndexDashboard.DYAD))));
        double[] onCold = time(WARM_UP, ITERATIONS, filters, f -> indexSide.cold(f, months));
        // the measured dashboard query: what the opgave dashboard asks (StoryQueries.overview: the story list, every
        // facet and every aggregate, in parallel on the analysis pool), then what the warm-next-to-cold page asks
        // (stories and signifier means per month from the index, amount and clients per month from the summed cold
        // figures)
        double[] onDashboard = time(WARM_UP, ITERATIONS, filters, f -> {
            queries.overview(f, 50);
            summaries.summarize(new SummaryRequest(f, null, from, to, SummaryRequest.Grouping.MONTH,
                    List.of(IndexDashboard.TRIAD), List.of(IndexDashboard.DYAD)));
            indexSide.cold(f, months);
        });
        long queryPeakHeap = peakHeap();
        int sqlWarmUp = Math.min(WARM_UP, 3);
        double[] onSql = time(sqlWarmUp, SQL_ITERATIONS, filters, f -> sqlSide.query(f, months, false));
        double[] onSqlCold = time(sqlWarmUp, SQL_ITERATIONS, filters, f -> sqlSide.query(f, months, true));
        double loadEnd = os.getSystemLoadAverage();

        System.out.printf(Locale.ROOT, """

                ==== Duiding story index benchmark (%d processors, max heap %,d MB) ====
                database                 %s: %,d stories, %,d answer rows, %,d declaration lines, %s
                index rebuild            %,d stories in %.1f s (%,.0f stories/s), %.0f CPU s in this JVM, peak heap %,d MB
                                         (load average %.1f before, %.1f after)
                cold figures summed      %,d rows from %,d declaration lines in %.1f s
                dashboard query          one opgave, filter varied over %d filters (opgave x provider x role)
                                                             p50 ms   p95 ms   runs
                  index: aggregates only                  %8.1f %8.1f   %d (after %d warm-up)
                  index: dashboard (warm)                 %8.1f %8.1f   %d
                  index: the dashboard's own API          %8.1f %8.1f   %d (facets + aggregates + per-month summary)
                    of which facets                       %8.1f %8.1f   %d
                    of which aggregates                   %8.1f %8.1f   %d
                    of which per-month summary            %8.1f %8.1f   %d
                  cold figures per month (summed)         %8.1f %8.1f   %d
                  THE DASHBOARD QUERY                     %8.1f %8.1f   %d (overview in parallel + per-month summary + cold)
                  PostgreSQL: dashboard (warm)            %8.1f %8.1f   %d (after %d warm-up)
                  index + cold figures (PostgreSQL)       %8.1f %8.1f   %d
                  PostgreSQL: dashboard + cold join       %8.1f %8.1f   %d
                ratio SQL / index, warm dashboard         p50 %.1fx   p95 %.1fx
                ratio SQL / index, with cold join         p50 %.1fx   p95 %.1fx
                ratio SQL / the dashboard's own API       p50 %.1fx   p95 %.1fx
                ratio SQL with cold join / THE DASHBOARD QUERY  p50 %.1fx   p95 %.1fx
                peak heap while querying %,d MB; load average at the end %.1f
                ==========================================================================
                %n""", Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                DATABASE, stored == 0 ? STORIES : stored, answerRows, declarationLines, data, rebuilt, rebuildSeconds,
                rebuilt / rebuildSeconds, rebuildCpuSeconds, rebuildPeakHeap >> 20, loadBefore, loadAfter,
                coldRows, declarationLines, coldSeconds, filters.size(),
                aggregates[0], aggregates[1], ITERATIONS, WARM_UP, onIndex[0], onIndex[1], ITERATIONS,
                onApi[0], onApi[1], ITERATIONS, onFacets[0], onFacets[1], ITERATIONS, onAggregates[0], onAggregates[1],
                ITERATIONS, onSummaries[0], onSummaries[1], ITERATIONS, onCold[0], onCold[1], ITERATIONS,
                onDashboard[0], onDashboard[1], ITERATIONS,
                onSql[0], onSql[1], SQL_ITERATIONS, sqlWarmUp, onIndexCold[0], onIndexCold[1], ITERATIONS,
                onSqlCold[0], onSqlCold[1], SQL_ITERATIONS,
                onSql[0] / onIndex[0], onSql[1] / onIndex[1], onSqlCold[0] / onIndexCold[0], onSqlCold[1] / onIndexCold[1],
                onSql[0] / onApi[0], onSql[1] / onApi[1], onSqlCold[0] / onDashboard[0], onSqlCold[1] / onDashboard[1],
                queryPeakHeap >> 20, loadEnd);
    }

    /** p50 and p95 in milliseconds of {@code n} runs over the filters in a seeded random order. */
    private static double[] time(int warmUp, int n, List<StoryFilter> filters, Consumer<StoryFilter> query) {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < warmUp; i++) {
            query.accept(filters.get(random.nextInt(filters.size())));
        }
        double[] millis = new double[n];
        for (int i = 0; i < n; i++) {
            StoryFilter filter = filters.get(random.nextInt(filters.size()));
            long start = System.nanoTime();
            query.accept(filter);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {percentile(millis, 0.50), percentile(millis, 0.95)};
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    /** Each opgave alone, per provider of it, per role, and per provider and role. */
    private List<StoryFilter> filters() {
        List<StoryFilter> filters = new ArrayList<>();
        jdbc.query("select distinct opgave_id, provider_id from story where provider_id is not null order by 1, 2", rs -> {
            long opgave = rs.getLong(1);
            long provider = rs.getLong(2);
            if (filters.stream().noneMatch(f -> f.opgaveId() == opgave && f.providerId() == null && f.role() == null)) {
                filters.add(StoryFilter.opgave(opgave));
                filters.add(new StoryFilter(opgave, null, TellerRole.CLIENT, null));
                filters.add(new StoryFilter(opgave, null, TellerRole.PROFESSIONAL, null));
            }
            filters.add(new StoryFilter(opgave, provider, null, null));
            filters.add(new StoryFilter(opgave, provider, TellerRole.PROFESSIONAL, null));
        });
        return filters;
    }

    private static List<YearMonth> months() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        List<YearMonth> months = new ArrayList<>();
        for (int m = 24; m >= 0; m--) {
            months.add(now.minusMonths(m));
        }
        return months;
    }

    private static void assertSameFigures(DashboardFigures onIndex, DashboardFigures onSql, StoryFilter filter) {
        String what = "index and SQL agree for " + filter;
        assertThat(onIndex.total()).as(what).isEqualTo(onSql.total()).isPositive();
        assertThat(onIndex.facets()).as(what).isEqualTo(onSql.facets());
        assertThat(onIndex.triadCount()).as(what).isEqualTo(onSql.triadCount());
        for (int i = 0; i < 3; i++) {
            assertThat(onIndex.triadMean()[i]).as(what).isCloseTo(onSql.triadMean()[i], within(1e-4));
        }
        assertThat(onIndex.dyadCount()).as(what).isEqualTo(onSql.dyadCount());
        assertThat(onIndex.dyadHistogram()).as(what).isEqualTo(onSql.dyadHistogram());
        assertThat(onIndex.dyadMean()).as(what).isCloseTo(onSql.dyadMean(), within(1e-4));
        assertThat(onIndex.dyadMedian()).as(what).isCloseTo(onSql.dyadMedian(), within(1e-6));
        assertThat(onIndex.pointsDrawn()).as(what).isEqualTo(onSql.pointsDrawn());
        assertThat(onIndex.storiesListed()).as(what).isEqualTo(onSql.storiesListed());
        onSql.months().forEach((month, sql) -> {
            if (sql.stories() > 0) {
                DashboardFigures.Month idx = onIndex.months().get(month);
                assertThat(idx.stories()).as(what + " " + month).isEqualTo(sql.stories());
                assertThat(idx.regieMean()).as(what + " " + month).isCloseTo(sql.regieMean(), within(1e-4));
                assertThat(idx.amountCents()).as(what + " " + month).isEqualTo(sql.amountCents());
                assertThat(idx.clients()).as(what + " " + month).isEqualTo(sql.clients());
            }
        });
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static void createDatabaseIfMissing() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:5432/postgres", "postgres", "")) {
            boolean exists = c.createStatement().executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")
                    .next();
            if (!exists) {
                c.createStatement().execute("create database " + DATABASE);
                System.out.println("Benchmark database " + DATABASE + " created");
            } else {
                System.out.println("Benchmark database " + DATABASE + " exists; reused");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL on localhost:5432 to create " + DATABASE, e);
        }
    }
}
