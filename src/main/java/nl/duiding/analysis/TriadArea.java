package nl.duiding.analysis;

import java.util.List;

import nl.duiding.analysis.StoryInsights.TriadPoint;

/**
 * A part of a triad chosen in the story explorer: a polygon with corners in triad shares (drawn with the mouse)
 * and/or a minimum and maximum share per corner (typed, the keyboard way). An empty polygon means no polygon.
 */
public record TriadArea(List<TriadPoint> polygon, double minA, double maxA, double minB, double maxB, double minC,
                        double maxC) {

    private static final double HEIGHT = Math.sqrt(3) / 2;
    /** Shares are stored as floats; a typed bound of 0.3 must still include a stored 0.29999998. */
    private static final double SLACK = 1e-6;

    public TriadArea {
        polygon = List.copyOf(polygon);
    }

    public static TriadArea everything() {
        return new TriadArea(List.of(), 0, 1, 0, 1, 0, 1);
    }

    public static TriadArea polygon(List<TriadPoint> corners) {
        return new TriadArea(corners, 0, 1, 0, 1, 0, 1);
    }

    public boolean hasPolygon() {
        return polygon.size() >= 3;
    }

    public boolean contains(double a, double b, double c) {
        return within(a, minA, maxA) && within(b, minB, maxB) && within(c, minC, maxC)
                && (!hasPolygon() || insidePolygon(x(a, b, c), y(a, b, c)));
    }

    private static boolean within(double value, double min, double max) {
        return value >= min - SLACK && value <= max + SLACK;
    }

    /** Even-odd ray casting in the plane of the triangle (A top, B bottom left, C bottom right). */
    private boolean insidePolygon(double x, double y) {
        boolean inside = false;
        for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
            TriadPoint p = polygon.get(i);
            TriadPoint q = polygon.get(j);
            double xi = x(p.a(), p.b(), p.c());
            double yi = y(p.a(), p.b(), p.c());
            double xj = x(q.a(), q.b(), q.c());
            double yj = y(q.a(), q.b(), q.c());
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static double x(double a, double b, double c) {
        double sum = a + b + c;
        return sum <= 0 ? 0.5 : (a * 0.5 + c) / sum;
    }

    private static double y(double a, double b, double c) {
        double sum = a + b + c;
        return sum <= 0 ? HEIGHT / 3 : a * HEIGHT / sum;
    }
}
