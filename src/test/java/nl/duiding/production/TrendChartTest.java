package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.duiding.chart.TrendChart;

/** Issue 17: a month still running is no drop to zero but an open end, dashed. */
class TrendChartTest {

    private static final Locale NL = Locale.of("nl", "NL");

    @Test
    void aRunningMonthHangsFromTheLastEndedOneByADashedLine() {
        List<FigureRow> months = List.of(row("2026-10", 100_000), row("2026-11", 90_000),
                row("2026-12", 4_000));
        TrendChart chart = TrendLine.of(months, NL, LocalDate.of(2026, 12, 3));
        assertThat(chart.points().split(" ")).hasSize(2);
        String[] running = chart.runningPoints().split(" ");
        assertThat(running).hasSize(2);
        assertThat(running[0]).as("starts at November").isEqualTo(chart.points().split(" ")[1]);
        assertThat(chart.dots()).extracting(TrendChart.Dot::running).containsExactly(false, false, true);
        assertThat(chart.hasRunning()).isTrue();

        TrendChart later = TrendLine.of(months, NL, LocalDate.of(2027, 1, 1));
        assertThat(later.runningPoints()).isEmpty();
        assertThat(later.points().split(" ")).hasSize(3);
        assertThat(later.hasRunning()).isFalse();
    }

    @Test
    void quartersEndOnTheirLastDay() {
        assertThat(TrendLine.lastDay("2026-Q4")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(TrendLine.lastDay("2026-Q1")).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(TrendLine.lastDay("2026-02")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(TrendLine.of(List.of(row("2026-Q4", 5)), NL, LocalDate.of(2026, 12, 31))
                .dots().getFirst().running()).as("the last day itself still runs").isTrue();
    }

    private static FigureRow row(String key, long amountCents) {
        return new FigureRow(key, amountCents, 1, 1, List.of());
    }
}
