package nl.duiding.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import nl.duiding.analysis.SignifierAggregates.Shares;
import nl.duiding.analysis.SignifierAggregates.TriadAggregate;
import nl.duiding.analysis.TriadZone;
import nl.duiding.chart.ChartSvg;
import nl.duiding.chart.TriadChart;

/**
 * A triad's aggregate on the dashboard: the one ternary chart ({@link TriadChart#internal}: density cells, a sample
 * of answers, the mean and its 95% region) drawn by {@link ChartSvg}; {@link #zones()} and {@link #filledCells()}
 * are the tables behind it.
 */
record TriadPlot(String code, String prompt, List<String> corners, long n, Shares meanShares, TriadChart chart,
                 List<Zone> zones) {

    record Zone(TriadZone zone, long count) {
    }

    static TriadPlot of(String prompt, List<String> corners, TriadAggregate aggregate) {
        List<Zone> zones = aggregate.zones().entrySet().stream().map(e -> new Zone(e.getKey(), e.getValue())).toList();
        return new TriadPlot(aggregate.code(), prompt, corners, aggregate.n(), aggregate.mean(),
                TriadChart.internal(corners, aggregate), zones);
    }

    /** The chart as inline SVG, named {@code label} for screen readers. */
    public String svg(String label) {
        return ChartSvg.triad(chart, label, ChartSvg.Use.INLINE);
    }

    /** Cells with answers, fullest first, for the data table. */
    public List<TriadChart.Cell> filledCells() {
        return chart.cells().stream().sorted(Comparator.comparingLong(TriadChart.Cell::count).reversed()).toList();
    }

    public String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
