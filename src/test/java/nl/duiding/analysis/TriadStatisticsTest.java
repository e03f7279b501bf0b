package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import org.junit.jupiter.api.Test;

import nl.duiding.analysis.SignifierAggregates.DensityGrid;
import nl.duiding.analysis.SignifierAggregates.Shares;
import nl.duiding.analysis.SignifierAggregates.TriadAggregate;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryRecord;
import nl.duiding.story.TellerRole;

/**
 * The one statistics core (ADR 0025), without Spring: its rules, and the same figures whether the answers are read
 * from index doc values (an in-memory Lucene directory, the dashboard's path) or streamed as stored doubles (the
 * council report's path).
 */
class TriadStatisticsTest {

    @Test
    void zonesFollowTheirDefinition() {
        assertThat(TriadZone.of(0.6, 0.2, 0.2)).isEqualTo(TriadZone.CORNER_A);
        assertThat(TriadZone.of(0.1, 0.8, 0.1)).isEqualTo(TriadZone.CORNER_B);
        assertThat(TriadZone.of(0.0, 0.0, 1.0)).isEqualTo(TriadZone.CORNER_C);
        assertThat(TriadZone.of(0.5, 0.45, 0.05)).isEqualTo(TriadZone.EDGE_AB);
        assertThat(TriadZone.of(0.1, 0.45, 0.45)).isEqualTo(TriadZone.EDGE_BC);
        assertThat(TriadZone.of(0.45, 0.1, 0.45)).isEqualTo(TriadZone.EDGE_AC);
        assertThat(TriadZone.of(1 / 3.0, 1 / 3.0, 1 / 3.0)).isEqualTo(TriadZone.CENTRE);
        assertThat(TriadZone.of(0.2, 0.2, 0.6)).isEqualTo(TriadZone.CORNER_C);
    }

    @Test
    void meanRegionDensityAndZonesOfManyAnswers() {
        TriadStatistics acc = TriadStatistics.sampled("t", 1, false);
        SplittableRandom random = new SplittableRandom(3);
        int n = 500;
        for (int i = 0; i < n; i++) {
            double a = 0.2 + 0.3 * random.nextDouble();
            double b = (1 - a) * random.nextDouble();
            acc.add(a, b, 1 - a - b);
        }
        acc.add(1, 0, 0);
        acc.add(0, 0, 1);
        acc.add(0.5, 0.5, 0);
        TriadAggregate result = acc.result();

        assertThat(result.n()).isEqualTo(n + 3);
        assertThat(result.zones().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(n + 3);
        DensityGrid grid = result.density();
        assertThat(grid.cells()).hasSize(100);
        assertThat(grid.cells().stream().mapToLong(DensityGrid.Cell::count).sum()).isEqualTo(n + 3);
        Shares mean = result.mean();
        assertThat(mean.a() + mean.b() + mean.c()).isCloseTo(1, within(1e-9));
        // the region surrounds the mean: the mean lies between its extremes in every share
        assertThat(result.confidenceRegion()).hasSize(48);
        assertThat(result.confidenceRegion().stream().mapToDouble(Shares::a).min().orElseThrow()).isLessThan(mean.a());
        assertThat(result.confidenceRegion().stream().mapToDouble(Shares::a).max().orElseThrow()).isGreaterThan(mean.a());
        // with 503 answers the region is small: within 0.05 of the mean
        assertThat(result.confidenceRegion()).allSatisfy(s -> assertThat(Math.abs(s.a() - mean.a())).isLessThan(0.05));
    }

    @Test
    void planeCoordinatesRoundTrip() {
        Shares back = TriadStatistics.shares(TriadStatistics.x(0.2, 0.5), TriadStatistics.y(0.2));
        assertThat(back.a()).isCloseTo(0.2, within(1e-12));
        assertThat(back.b()).isCloseTo(0.3, within(1e-12));
        assertThat(back.c()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void fewerThanThreeAnswersHaveNoRegion() {
        TriadStatistics acc = TriadStatistics.sampled("t", 1, false);
        acc.add(0.2, 0.3, 0.5);
        acc.add(0.3, 0.3, 0.4);
        assertThat(acc.result().confidenceRegion()).isEmpty();
        assertThat(acc.result().mean().a()).isCloseTo(0.25, within(1e-12));
    }

    /** Answers with tenths, answers that miss 1 by the allowed 0.001, and random ones. */
    private static List<double[]> answers() {
        List<double[]> answers = new ArrayList<>();
        for (int a = 0; a <= 10; a++) {
            for (int b = 0; a + b <= 10; b++) {
                answers.add(new double[] {a / 10.0, b / 10.0, (10 - a - b) / 10.0});
            }
        }
        answers.add(new double[] {0.333, 0.333, 0.333});
        answers.add(new double[] {0.7, 0.2, 0.1});
        answers.add(new double[] {0.35, 0.15, 0.5});
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 300; i++) {
            double a = Math.round(random.nextDouble() * 100) / 100.0;
            double b = Math.round(random.nextDouble() * (1 - a) * 100) / 100.0;
            answers.add(new double[] {a, b, Math.round((1 - a - b) * 100) / 100.0});
        }
        return answers;
    }

    @Test
    void theIndexAndTheStreamGiveTheSameFigures() throws IOException {
        List<double[]> answers = answers();
        TriadStatistics streamed = TriadStatistics.sampled("wat_hielp", 1, false);
        answers.forEach(p -> streamed.add(p[0], p[1], p[2]));
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (double[] p : answers) {
                    StoryRecord story = new StoryRecord(UUID.randomUUID(), 1, 1, null, "WK050501", TellerRole.CLIENT,
                            "t", "b", Instant.parse("2026-03-01T10:00:00Z"), false, false,
                            List.of(new Answer.Triad("wat_hielp", p[0], p[1], p[2])), false);
                    writer.addDocument(new FacetsConfig().build(StoryFields.toDocument(story)));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                FacetsCollector matching = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
                TriadAggregate indexed = SignifierScan.run(searcher, null, matching, answers.size(), false, false)
                        .result().triads().get("wat_hielp");
                assertThat(indexed).usingRecursiveComparison().isEqualTo(streamed.result());
            }
        }
    }

    @Test
    void anAnswerOnATenthIsCountedOnThatTenth() {
        TriadStatistics statistics = TriadStatistics.of("t");
        statistics.add((float) 0.7, (float) 0.2, (float) 0.1); // as a float doc value gives it back
        DensityGrid.Cell cell = statistics.density(10).cells().stream().filter(c -> c.count() > 0).findFirst().orElseThrow();
        assertThat(cell.p1().a()).isEqualTo(0.7);
        assertThat(cell.p1().b()).isEqualTo(0.2);
        assertThat(cell.p2().a()).isEqualTo(0.8); // the upward cell a 0.7–0.8, b 0.2–0.3
        assertThat(statistics.mean()).isEqualTo(new Shares(0.7, 0.2, 0.1));
        assertThat(statistics.zones()).containsEntry(TriadZone.CORNER_A, 1L);
    }

    @Test
    void sharesThatMissOneAreScaledToOne() {
        assertThat(TriadStatistics.exact(0.333, 0.333, 0.333)).isEqualTo(new Shares(0.333333, 0.333333, 0.333334));
        assertThat(TriadStatistics.exact(0.6, 0.3, 0.1)).isEqualTo(new Shares(0.6, 0.3, 0.1));
        assertThat(TriadStatistics.exact(0, 0, 0)).isNull();
    }

    /** The coarse grid a council report draws holds exactly the answers a direct count on that grid gives. */
    @Test
    void aCoarseGridCountsEveryAnswerWhereADirectCountWould() {
        List<double[]> answers = answers();
        TriadStatistics statistics = TriadStatistics.of("t");
        answers.forEach(p -> statistics.add(p[0], p[1], p[2]));
        for (int divisions : new int[] {1, 2, 5, 10}) {
            DensityGrid grid = statistics.density(divisions);
            assertThat(grid.cells()).hasSize(divisions * divisions);
            long[] direct = new long[grid.cells().size()];
            for (double[] p : answers) {
                Shares s = TriadStatistics.exact(p[0], p[1], p[2]);
                for (int k = 0; k < direct.length; k++) {
                    if (inside(grid.cells().get(k), s, divisions)) {
                        direct[k]++;
                        break;
                    }
                }
            }
            for (int k = 0; k < direct.length; k++) {
                assertThat(grid.cells().get(k).count()).as("divisions %d cell %d", divisions, k).isEqualTo(direct[k]);
            }
        }
        assertThatThrownBy(() -> statistics.density(3)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Half-open cells: a point on a shared edge belongs to the cell above it in a and b, as the core rule says. */
    private static boolean inside(DensityGrid.Cell cell, Shares s, int divisions) {
        long step = 1_000_000;
        long u = Math.round(s.a() * divisions * step);
        long v = Math.round(s.b() * divisions * step);
        int i = (int) Math.min(u / step, divisions - 1);
        int j = (int) Math.min(v / step, divisions - 1);
        if (i + j > divisions - 1) {
            j = divisions - 1 - i;
        }
        boolean upward = i + j == divisions - 1 || (u - i * step) + (v - j * step) < step;
        boolean cellUp = Math.abs(cell.p2().a() - cell.p1().a() - 1.0 / divisions) < 1e-9;
        int ci = (int) Math.round(Math.min(cell.p1().a(), cell.p2().a()) * divisions);
        int cj = (int) Math.round(Math.min(cell.p1().b(), cell.p2().b()) * divisions);
        return upward == cellUp && ci == i && cj == j;
    }
}
