package nl.duiding.dashboard;

import java.util.List;
import java.util.stream.Collectors;

import nl.duiding.analysis.StoryInsights.TriadPoint;
import nl.duiding.analysis.TriadArea;
import nl.duiding.analysis.TriadSelection;

/**
 * The explorer's triad: the same geometry as {@link TernaryChart}, with the selected answers drawn apart from
 * the others and the chosen area outlined.
 */
record ExplorerChart(String code, String prompt, List<String> corners, List<TernaryChart.Dot> inside,
                     List<TernaryChart.Dot> outside, String area) {

    static ExplorerChart of(String code, String prompt, List<String> corners, TriadSelection selection, TriadArea area) {
        return new ExplorerChart(code, prompt, corners, dots(selection.inside()), dots(selection.outside()),
                area.hasPolygon() ? area.polygon().stream().map(p -> {
                    TernaryChart.Dot d = TernaryChart.position(p.a(), p.b(), p.c());
                    return d.x() + "," + d.y();
                }).collect(Collectors.joining(" ")) : null);
    }

    private static List<TernaryChart.Dot> dots(List<TriadPoint> points) {
        return points.stream().map(p -> TernaryChart.position(p.a(), p.b(), p.c())).toList();
    }

    public String outline() {
        return TernaryChart.cornerX(0) + "," + TernaryChart.cornerY(0) + " " + TernaryChart.cornerX(1) + ","
                + TernaryChart.cornerY(1) + " " + TernaryChart.cornerX(2) + "," + TernaryChart.cornerY(2);
    }

    public double viewHeight() {
        return Math.round((TernaryChart.HEIGHT + 2 * TernaryChart.PAD) * 10) / 10.0;
    }
}
