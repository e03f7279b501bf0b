package nl.duiding.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.duiding.analysis.SignifierAggregates.DensityGrid;
import nl.duiding.analysis.SignifierAggregates.Shares;
import nl.duiding.analysis.SignifierAggregates.TriadAggregate;
import nl.duiding.analysis.TriadZone;

/**
 * A triad's aggregate drawn on the ternary plot of {@link TernaryChart}: density cells as a heat map, a sample of
 * answers, the mean and its 95% confidence region; {@link #zones()} and {@link #cells()} are the tables behind it.
 */
record TriadPlot(String code, String prompt, List<String> corners, long n, TernaryChart.Dot mean, Shares meanShares,
                 String region, List<Cell> cells, List<TernaryChart.Dot> dots, List<Zone> zones, String outline,
                 double viewHeight) {

    /** A density cell: its SVG polygon, its count and a fill opacity from 0 (empty) to 0.85 (the fullest). */
    record Cell(String points, long count, double opacity, String label) {
    }

    record Zone(TriadZone zone, long count) {
    }

    static TriadPlot of(String prompt, List<String> corners, TriadAggregate aggregate) {
        TernaryChart frame = TernaryChart.of(aggregate.code(), prompt, corners, List.of());
        List<TernaryChart.Dot> dots = aggregate.points().stream().map(TriadPlot::position).toList();
        long max = Math.max(1, aggregate.density().max());
        List<Cell> cells = new ArrayList<>();
        for (DensityGrid.Cell c : aggregate.density().cells()) {
            String points = polygon(List.of(c.p1(), c.p2(), c.p3()));
            double opacity = c.count() == 0 ? 0 : Math.round(85.0 * c.count() / max) / 100.0 + 0.05;
            cells.add(new Cell(points, c.count(), Math.min(opacity, 0.9), label(c)));
        }
        List<Zone> zones = aggregate.zones().entrySet().stream().map(e -> new Zone(e.getKey(), e.getValue())).toList();
        return new TriadPlot(aggregate.code(), prompt, corners, aggregate.n(),
                aggregate.mean() == null ? null : position(aggregate.mean()), aggregate.mean(),
                polygon(aggregate.confidenceRegion()), cells, dots, zones, frame.outline(), frame.viewHeight());
    }

    /** Cells with answers, fullest first, for the data table. */
    public List<Cell> filledCells() {
        return cells.stream().filter(c -> c.count() > 0)
                .sorted(java.util.Comparator.comparingLong(Cell::count).reversed()).toList();
    }

    public String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private static TernaryChart.Dot position(Shares s) {
        return TernaryChart.position(s.a(), s.b(), s.c());
    }

    private static String polygon(List<Shares> corners) {
        return corners.stream().map(TriadPlot::position).map(d -> d.x() + "," + d.y()).collect(Collectors.joining(" "));
    }

    /** The cell's range of shares per corner, e.g. "A 30–40%, B 10–20%". */
    static String label(DensityGrid.Cell c) {
        return range("A", c.p1().a(), c.p2().a(), c.p3().a()) + ", " + range("B", c.p1().b(), c.p2().b(), c.p3().b())
                + ", " + range("C", c.p1().c(), c.p2().c(), c.p3().c());
    }

    private static String range(String corner, double x, double y, double z) {
        long lo = Math.round(Math.min(x, Math.min(y, z)) * 100);
        long hi = Math.round(Math.max(x, Math.max(y, z)) * 100);
        return corner + " " + lo + "–" + hi + "%";
    }
}
