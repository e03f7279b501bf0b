package nl.duiding.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import nl.duiding.analysis.SignifierAggregates.DensityGrid;
import nl.duiding.analysis.SignifierAggregates.Shares;
import nl.duiding.analysis.TriadStatistics;

/** The one ternary geometry (moved here from the dashboard's TernaryChartTest) and what a published chart may hold. */
class TriadChartTest {

    private static final List<String> CORNERS = List.of("Hulp", "Eigen kracht", "Netwerk");

    @Test
    void cornersLandOnTheTriangleCorners() {
        assertThat(TriadChart.position(1, 0, 0)).isEqualTo(new Point(200, 40));
        assertThat(TriadChart.position(0, 1, 0).x()).isEqualTo(40);
        assertThat(TriadChart.position(0, 1, 0).y()).isEqualTo(TriadChart.position(0, 0, 1).y());
        assertThat(TriadChart.position(0, 0, 1).x()).isEqualTo(360);
        assertThat(TriadChart.frame("t", CORNERS).frame())
                .containsExactly(new Point(200, 40), new Point(40, 317.1), new Point(360, 317.1));
    }

    @Test
    void theCentreIsTheCentroid() {
        Point centre = TriadChart.position(1 / 3.0, 1 / 3.0, 1 / 3.0);
        assertThat(centre.x()).isEqualTo(200);
        assertThat(centre.y()).isCloseTo(40 + TriadChart.HEIGHT * 2 / 3, Offset.offset(0.1));
    }

    @Test
    void aChartOfDotsDrawsEveryAnswerItIsGiven() {
        TriadChart chart = TriadChart.frame("t", CORNERS).withDots("own", 8, List.of(new Shares(0.8, 0.1, 0.1),
                new Shares(0.1, 0.7, 0.2), new Shares(0.2, 0.2, 0.6), new Shares(0.1, 0.1, 0.8), new Shares(0.34, 0.33, 0.33)));
        assertThat(chart.dots()).singleElement().satisfies(d -> assertThat(d.points()).hasSize(5));
    }

    @Test
    void theCornerLabelsStandAboveAndBelowTheTriangle() {
        List<TriadChart.Label> labels = TriadChart.frame("t", CORNERS).labels();
        assertThat(labels).extracting(TriadChart.Label::text).containsExactlyElementsOf(CORNERS);
        assertThat(labels.get(0).at().y()).isLessThan(TriadChart.PAD);
        assertThat(labels.get(1).at().y()).isGreaterThan(TriadChart.PAD + TriadChart.HEIGHT).isLessThan(TriadChart.VIEW_HEIGHT);
        assertThat(labels).extracting(TriadChart.Label::anchor).containsExactly("middle", "start", "end");
    }

    @Test
    void aPublishedChartDrawsOnlyCellsWithEnoughTellersAndNoDots() {
        TriadStatistics statistics = TriadStatistics.of("t");
        for (int i = 0; i < 12; i++) {
            statistics.add(0.9, 0.05 + i % 3 * 0.01, 0.05 - i % 3 * 0.01);
        }
        statistics.add(0.1, 0.1, 0.8);
        statistics.add(0.15, 0.05, 0.8);
        statistics.add(0.1, 0.15, 0.75);
        TriadChart chart = TriadChart.published("t", CORNERS, statistics.density(TriadChart.PUBLISHED_DIVISIONS),
                statistics.mean(), statistics.result().confidenceRegion(), 10);
        assertThat(chart.cells()).singleElement().satisfies(c -> {
            assertThat(c.count()).isEqualTo(12);
            assertThat(c.label()).isEqualTo("A 80–100%, B 0–20%, C 0–20%");
        });
        assertThat(chart.dots()).isEmpty();
        assertThat(chart.mean()).isEqualTo(TriadChart.position(statistics.mean()));
        assertThat(chart.region()).isNotEmpty();
    }

    @Test
    void aCoarseGridFromTheFineGridIsTheCoresCoarseGrid() {
        TriadStatistics statistics = TriadStatistics.of("t");
        double[][] answers = {{0.7, 0.2, 0.1}, {0.1, 0.1, 0.8}, {0.4, 0.4, 0.2}, {0.2, 0.2, 0.6}, {0.6, 0.2, 0.2}, {0, 1, 0}};
        for (double[] a : answers) {
            statistics.add(a[0], a[1], a[2]);
        }
        DensityGrid fine = statistics.density(10);
        assertThat(fine.coarsened(5)).isEqualTo(statistics.density(5));
        assertThat(fine.coarsened(2)).isEqualTo(statistics.density(2));
        assertThat(fine.coarsened(10)).isEqualTo(fine);
        assertThatThrownBy(() -> fine.coarsened(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFullerCellIsDarker() {
        assertThat(TriadChart.opacity(1, 10)).isLessThan(TriadChart.opacity(5, 10));
        assertThat(TriadChart.opacity(5, 10)).isLessThan(TriadChart.opacity(10, 10));
        assertThat(TriadChart.opacity(10, 10)).isEqualTo(0.9);
    }
}
