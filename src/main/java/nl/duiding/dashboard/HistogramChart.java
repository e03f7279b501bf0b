package nl.duiding.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.duiding.analysis.SignifierAggregates.Bin;
import nl.duiding.analysis.SignifierAggregates.NumericAggregate;

/**
 * A slider's or scale's histogram as SVG bars with the mean and median marked; {@link #bars()} is the table behind it.
 * The x axis runs from the first pole (left) to the second (right).
 */
record HistogramChart(String code, String prompt, String left, String right, boolean scale, long n, String mean,
                      String median, double meanX, double medianX, List<Bar> bars) {

    static final double WIDTH = 400;
    static final double PAD = 20;
    static final double HEIGHT = 120;
    static final double TOP = 10;

    record Bar(String label, long count, double x, double y, double width, double height) {
    }

    static HistogramChart of(String prompt, String left, String right, boolean scale, NumericAggregate aggregate,
                             Locale locale) {
        double lo = scale ? 0.5 : 0;
        double hi = scale ? aggregate.histogram().size() + 0.5 : 1;
        long max = Math.max(1, aggregate.maxCount());
        List<Bar> bars = new ArrayList<>();
        for (Bin bin : aggregate.histogram()) {
            double x = xOf(bin.from(), lo, hi);
            double width = xOf(bin.to(), lo, hi) - x - 2;
            double height = round(HEIGHT * bin.count() / max);
            String label = scale ? Long.toString(Math.round(bin.from() + 0.5))
                    : Math.round(bin.from() * 100) + "–" + Math.round(bin.to() * 100);
            bars.add(new Bar(label, bin.count(), round(x + 1), round(TOP + HEIGHT - height), round(width), height));
        }
        boolean any = aggregate.n() > 0;
        return new HistogramChart(aggregate.code(), prompt, left, right, scale, aggregate.n(),
                any ? format(aggregate.mean(), scale, locale) : "–", any ? format(aggregate.median(), scale, locale) : "–",
                any ? round(xOf(aggregate.mean(), lo, hi)) : -1, any ? round(xOf(aggregate.median(), lo, hi)) : -1, bars);
    }

    public double viewHeight() {
        return TOP + HEIGHT + 30;
    }

    public double baseline() {
        return TOP + HEIGHT;
    }

    private static double xOf(double value, double lo, double hi) {
        return PAD + (WIDTH - 2 * PAD) * (value - lo) / (hi - lo);
    }

    /** Sliders as 0–100 (the teller's scale), scale points as they are; a decimal comma in Dutch. */
    private static String format(double value, boolean scale, Locale locale) {
        Locale numbers = "en".equals(locale.getLanguage()) ? Locale.UK : Locale.forLanguageTag("nl-NL");
        return scale ? String.format(numbers, "%.1f", value) : String.format(numbers, "%.0f", value * 100);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
