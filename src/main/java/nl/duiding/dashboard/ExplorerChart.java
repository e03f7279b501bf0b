package nl.duiding.dashboard;

import java.util.List;

import nl.duiding.analysis.SignifierAggregates.Shares;
import nl.duiding.analysis.StoryInsights.TriadPoint;
import nl.duiding.analysis.TriadArea;
import nl.duiding.analysis.TriadSelection;
import nl.duiding.chart.ChartSvg;
import nl.duiding.chart.TriadChart;

/**
 * The explorer's triad: the one ternary chart with the selected answers drawn apart from the others and the chosen
 * area outlined, drawn by {@link ChartSvg} with the hooks {@code explorer.js} draws its lasso into.
 */
record ExplorerChart(String code, String prompt, List<String> corners, TriadChart chart) {

    static final ChartSvg.Interaction HOOKS = new ChartSvg.Interaction("explorer-svg", "explorer-lasso");

    static ExplorerChart of(String code, String prompt, List<String> corners, TriadSelection selection, TriadArea area) {
        TriadChart chart = TriadChart.frame(code, corners).withDots("", 3, shares(selection.outside()))
                .withDots("selected", 3.5, shares(selection.inside()));
        return new ExplorerChart(code, prompt, corners, area.hasPolygon() ? chart.withArea(shares(area.polygon())) : chart);
    }

    /** The chart as inline SVG, named {@code label} for screen readers. */
    public String svg(String label) {
        return ChartSvg.triad(chart, label, ChartSvg.Use.INLINE, HOOKS);
    }

    private static List<Shares> shares(List<TriadPoint> points) {
        return points.stream().map(p -> new Shares(p.a(), p.b(), p.c())).toList();
    }
}
