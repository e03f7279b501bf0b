package nl.duiding.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.duiding.analysis.SignifierAggregates.Position;
import nl.duiding.analysis.SignifierAggregates.StoneItem;
import nl.duiding.analysis.SignifierAggregates.StonesAggregate;
import nl.duiding.chart.Point;

/** A stones question: every item's placed positions (a sample) and its mean, on the 2-D canvas; y grows upward. */
record StonesPlot(String code, String prompt, String xAxis, String yAxis, List<Item> items) {

    static final double SIZE = 300;
    static final double PAD = 30;

    record Item(String label, int series, long n, String meanX, String meanY, double cx, double cy, List<Point> dots) {
    }

    static StonesPlot of(String prompt, String xAxis, String yAxis, java.util.Map<String, String> labels,
                         StonesAggregate aggregate) {
        List<Item> items = new ArrayList<>();
        int series = 0;
        List<StoneItem> ordered = new ArrayList<>(aggregate.items());
        List<String> order = List.copyOf(labels.keySet());
        // the framework's order of items, not the index's alphabetical one
        ordered.sort(java.util.Comparator.comparingInt(i -> order.contains(i.item()) ? order.indexOf(i.item()) : order.size()));
        for (StoneItem item : ordered) {
            List<Point> dots = item.positions().stream().map(StonesPlot::dot).toList();
            boolean any = item.n() > 0;
            Point mean = any ? dot(new Position(item.meanX(), item.meanY())) : new Point(-10, -10);
            items.add(new Item(labels.getOrDefault(item.item(), item.item()), series++ % 6, item.n(),
                    any ? pct(item.meanX()) : "–", any ? pct(item.meanY()) : "–", mean.x(), mean.y(), dots));
        }
        return new StonesPlot(aggregate.code(), prompt, xAxis, yAxis, items);
    }

    public double view() {
        return SIZE + 2 * PAD;
    }

    public double far() {
        return PAD + SIZE;
    }

    private static Point dot(Position p) {
        return new Point(Math.round((PAD + p.x() * SIZE) * 10) / 10.0, Math.round((PAD + (1 - p.y()) * SIZE) * 10) / 10.0);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f", v * 100);
    }
}
