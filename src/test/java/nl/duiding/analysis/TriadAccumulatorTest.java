package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import nl.duiding.analysis.SignifierAggregates.DensityGrid;
import nl.duiding.analysis.SignifierAggregates.Shares;
import nl.duiding.analysis.SignifierAggregates.TriadAggregate;

class TriadAccumulatorTest {

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
        TriadAccumulator acc = new TriadAccumulator("t", 1, false);
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
        Shares back = TriadAccumulator.shares(TriadAccumulator.x(0.2, 0.5), TriadAccumulator.y(0.2));
        assertThat(back.a()).isCloseTo(0.2, within(1e-12));
        assertThat(back.b()).isCloseTo(0.3, within(1e-12));
        assertThat(back.c()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void fewerThanThreeAnswersHaveNoRegion() {
        TriadAccumulator acc = new TriadAccumulator("t", 1, false);
        acc.add(0.2, 0.3, 0.5);
        acc.add(0.3, 0.3, 0.4);
        assertThat(acc.result().confidenceRegion()).isEmpty();
        assertThat(acc.result().mean().a()).isCloseTo(0.25, within(1e-12));
    }
}
