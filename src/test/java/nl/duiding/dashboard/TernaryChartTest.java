package nl.duiding.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.duiding.analysis.StoryInsights.TriadPoint;

class TernaryChartTest {

    @Test
    void cornersLandOnTheTriangleCorners() {
        assertThat(TernaryChart.position(1, 0, 0)).isEqualTo(new TernaryChart.Dot(200, 40));
        assertThat(TernaryChart.position(0, 1, 0).x()).isEqualTo(40);
        assertThat(TernaryChart.position(0, 1, 0).y()).isEqualTo(TernaryChart.position(0, 0, 1).y());
        assertThat(TernaryChart.position(0, 0, 1).x()).isEqualTo(360);
    }

    @Test
    void theCentreIsTheCentroid() {
        TernaryChart.Dot centre = TernaryChart.position(1 / 3.0, 1 / 3.0, 1 / 3.0);
        assertThat(centre.x()).isEqualTo(200);
        assertThat(centre.y()).isCloseTo(40 + TernaryChart.HEIGHT * 2 / 3, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void aChartDrawsEveryAnswerItIsGiven() {
        TernaryChart chart = TernaryChart.of("t", "vraag", List.of("A", "B", "C"), List.of(
                new TriadPoint(0.8f, 0.1f, 0.1f), new TriadPoint(0.1f, 0.7f, 0.2f), new TriadPoint(0.2f, 0.2f, 0.6f),
                new TriadPoint(0.1f, 0.1f, 0.8f), new TriadPoint(0.34f, 0.33f, 0.33f)));
        // zones are counted by the statistics core only (TriadStatisticsTest), not by the drawing
        assertThat(chart.answers()).isEqualTo(5);
        assertThat(chart.dots()).hasSize(5);
    }
}
