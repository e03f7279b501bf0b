package nl.duiding.dashboard;

import java.util.List;

import nl.duiding.analysis.StoryInsights.TriadPoint;

/**
 * Geometry of a triad drawn as an SVG ternary plot: corner A on top, B bottom left, C bottom right.
 * Server-rendered so that screen and PDF show the same picture. Geometry only: every figure behind a plot (zones,
 * mean, density) comes from the statistics core, {@code analysis.TriadStatistics}. Public so that other modules
 * (dialogue snapshots) draw the same geometry.
 */
public record TernaryChart(String code, String prompt, List<String> corners, List<Dot> dots, long answers) {

    static final double WIDTH = 400;
    static final double PAD = 40;
    static final double SIDE = WIDTH - 2 * PAD;
    static final double HEIGHT = SIDE * Math.sqrt(3) / 2;
    public record Dot(double x, double y) {
    }

    public static TernaryChart of(String code, String prompt, List<String> corners, List<TriadPoint> points) {
        List<Dot> dots = new java.util.ArrayList<>(points.size());
        for (TriadPoint p : points) {
            dots.add(position(p.a(), p.b(), p.c()));
        }
        return new TernaryChart(code, prompt, corners, dots, points.size());
    }

    static Dot position(double a, double b, double c) {
        double sum = a + b + c;
        if (sum <= 0) {
            return new Dot(cornerX(0) / 3 + cornerX(1) / 3 + cornerX(2) / 3, PAD + HEIGHT * 2 / 3);
        }
        double x = (a * cornerX(0) + b * cornerX(1) + c * cornerX(2)) / sum;
        double y = (a * cornerY(0) + b * cornerY(1) + c * cornerY(2)) / sum;
        return new Dot(round(x), round(y));
    }

    static double cornerX(int corner) {
        return switch (corner) {
            case 0 -> WIDTH / 2;
            case 1 -> PAD;
            default -> WIDTH - PAD;
        };
    }

    static double cornerY(int corner) {
        return corner == 0 ? PAD : PAD + HEIGHT;
    }

    public String outline() {
        return cornerX(0) + "," + cornerY(0) + " " + cornerX(1) + "," + cornerY(1) + " " + cornerX(2) + "," + round(cornerY(2));
    }

    public double viewHeight() {
        return round(HEIGHT + 2 * PAD);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
