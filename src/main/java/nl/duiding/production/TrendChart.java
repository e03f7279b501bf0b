package nl.duiding.production;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The amount per period as an SVG line: server-rendered geometry (the CSP allows no inline style or script);
 * the per-period table under it holds the same numbers. Public so that dialogue snapshots draw the same line.
 */
public record TrendChart(String points, List<Dot> dots, List<Tick> ticks, String maxLabel) {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    static final int PAD_LEFT = 90;
    static final int PAD = 24;

    public record Dot(double x, double y, String label) {
    }

    public record Tick(double x, String label) {
    }

    public static TrendChart of(List<FigureRow> periods, Locale locale) {
        long max = Math.max(1, periods.stream().mapToLong(FigureRow::amountCents).max().orElse(1));
        double plotWidth = WIDTH - PAD_LEFT - PAD;
        double plotHeight = HEIGHT - 2 * PAD;
        double step = periods.size() > 1 ? plotWidth / (periods.size() - 1) : 0;
        List<Dot> dots = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            FigureRow row = periods.get(i);
            double x = round(PAD_LEFT + (periods.size() > 1 ? i * step : plotWidth / 2));
            double y = round(PAD + plotHeight * (1 - Math.max(0, row.amountCents()) / (double) max));
            dots.add(new Dot(x, y, row.key() + ": " + Money.euros(row.amountCents(), locale)));
            ticks.add(new Tick(x, row.key()));
            points.append(points.isEmpty() ? "" : " ").append(x).append(',').append(y);
        }
        return new TrendChart(points.toString(), dots, ticks, Money.euros(max, locale));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
