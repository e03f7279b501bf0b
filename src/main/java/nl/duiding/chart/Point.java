package nl.duiding.chart;

/** A point in a chart's drawing, in SVG user units, rounded to a tenth so every output prints it the same. */
public record Point(double x, double y) {

    public static Point rounded(double x, double y) {
        return new Point(Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0);
    }
}
