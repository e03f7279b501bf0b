package nl.duiding.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

import nl.duiding.production.Money;

/**
 * Two panels on one time axis, server-rendered as SVG geometry: warm above (stories as bars, a signifier mean as a
 * line on its own 0–1 scale) and cold below (amount as bars, clients as a line). The table under it holds the
 * same numbers.
 */
record DualSeriesChart(List<Tick> ticks, Panel warm, Panel cold) {

    static final int WIDTH = 680;
    static final int HEIGHT = 350;
    static final int LEFT = 90;
    static final int RIGHT = 60;
    static final int PANEL_HEIGHT = 120;
    static final int WARM_TOP = 20;
    static final int COLD_TOP = WARM_TOP + PANEL_HEIGHT + 50;

    record Tick(double x, String label) {
    }

    record Bar(double x, double y, double width, double height, String title) {
    }

    record Dot(double x, double y, String title) {
    }

    /** One panel: bars against the left axis, a line against the right axis. */
    record Panel(double top, double bottom, List<Bar> bars, String line, List<Dot> dots, String barMax, String lineMax) {
    }

    static DualSeriesChart of(List<WarmColdRow> rows, Signifier line, Locale locale) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String key = rows.get(i).key();
            ticks.add(new Tick(x(i, rows.size()), key.substring(key.indexOf('-') + 1)));
        }
        Panel warm = panel(WARM_TOP, rows, WarmColdRow::stories, r -> Long.toString(r.stories()),
                line == null ? r -> Double.NaN : r -> r.mean(line, 0), 1.0, locale, false);
        long maxClients = Math.max(1, rows.stream().mapToLong(WarmColdRow::clients).max().orElse(1));
        Panel cold = panel(COLD_TOP, rows, WarmColdRow::amountCents, r -> Money.euros(r.amountCents(), locale),
                r -> (double) r.clients(), maxClients, locale, true);
        return new DualSeriesChart(ticks, warm, cold);
    }

    private static Panel panel(double top, List<WarmColdRow> rows, ToLongFunction<WarmColdRow> bar,
                               java.util.function.Function<WarmColdRow, String> barText, ToDoubleFunction<WarmColdRow> line,
                               double lineMax, Locale locale, boolean money) {
        long barMax = Math.max(1, rows.stream().mapToLong(bar).max().orElse(1));
        double bottom = top + PANEL_HEIGHT;
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, rows.size());
        List<Bar> bars = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            WarmColdRow row = rows.get(i);
            double height = round(PANEL_HEIGHT * Math.max(0, bar.applyAsLong(row)) / (double) barMax);
            double x = x(i, rows.size());
            bars.add(new Bar(round(x - slot * 0.3), round(bottom - height), round(slot * 0.6), height,
                    row.key() + ": " + barText.apply(row)));
            double value = line.applyAsDouble(row);
            if (!Double.isNaN(value)) {
                double y = round(bottom - PANEL_HEIGHT * value / lineMax);
                dots.add(new Dot(x, y, row.key() + ": " + (money ? Long.toString((long) value)
                        : String.format(locale, "%.2f", value))));
                points.append(points.isEmpty() ? "" : " ").append(x).append(',').append(y);
            }
        }
        String barMaxLabel = money ? Money.euros(barMax, locale) : Long.toString(barMax);
        String lineMaxLabel = money ? Long.toString((long) lineMax) : String.format(locale, "%.1f", lineMax);
        return new Panel(top, bottom, bars, points.toString(), dots, barMaxLabel, lineMaxLabel);
    }

    private static double x(int i, int n) {
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, n);
        return round(LEFT + slot * (i + 0.5));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
