package nl.duiding.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The care landscape as SVG geometry: providers on a circle, one line per kind of tie. Stories naming both are a
 * solid line, shared clients a dashed one (told apart by pattern, not colour alone), each kind offset a little to
 * its own side; a line's width grows with its weight, relative to the heaviest tie of its kind.
 */
record LandscapeChart(List<NodeMark> nodes, List<Line> lines) {

    static final int WIDTH = 680;
    static final int HEIGHT = 520;
    static final double CX = 340;
    static final double CY = 260;
    static final double RADIUS = 160;
    static final double MIN_WIDTH = 1.5;
    static final double MAX_WIDTH = 10;

    record NodeMark(double x, double y, double labelX, double labelY, String anchor, String name) {
    }

    record Line(double x1, double y1, double x2, double y2, double width, boolean shared, String title) {
    }

    static LandscapeChart of(Landscape landscape) {
        Map<String, double[]> at = new HashMap<>();
        List<NodeMark> nodes = new ArrayList<>();
        int n = landscape.nodes().size();
        for (int i = 0; i < n; i++) {
            Landscape.Node node = landscape.nodes().get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
            double x = round(CX + RADIUS * Math.cos(angle));
            double y = round(CY + RADIUS * Math.sin(angle));
            at.put(node.agb(), new double[] {x, y});
            double cos = Math.cos(angle);
            nodes.add(new NodeMark(x, y, round(CX + (RADIUS + 14) * cos), round(CY + (RADIUS + 14) * Math.sin(angle) + 4),
                    Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end", node.name()));
        }
        long maxStories = Math.max(1, landscape.edges().stream().mapToLong(Landscape.Edge::stories).max().orElse(1));
        long maxShared = Math.max(1, landscape.edges().stream().mapToLong(Landscape.Edge::sharedClients).max().orElse(1));
        List<Line> lines = new ArrayList<>();
        for (Landscape.Edge edge : landscape.edges()) {
            double[] a = at.get(edge.a().agb());
            double[] b = at.get(edge.b().agb());
            if (edge.stories() > 0) {
                lines.add(line(a, b, 3, edge.stories(), maxStories, false, edge));
            }
            if (edge.sharedClients() > 0) {
                lines.add(line(a, b, -3, edge.sharedClients(), maxShared, true, edge));
            }
        }
        return new LandscapeChart(nodes, lines);
    }

    private static Line line(double[] a, double[] b, double offset, long weight, long max, boolean shared, Landscape.Edge edge) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = Math.max(1, Math.hypot(dx, dy));
        double ox = -dy / length * offset;
        double oy = dx / length * offset;
        double width = round(MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * weight / (double) max);
        return new Line(round(a[0] + ox), round(a[1] + oy), round(b[0] + ox), round(b[1] + oy), width, shared,
                edge.a().name() + " – " + edge.b().name() + ": " + weight);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
