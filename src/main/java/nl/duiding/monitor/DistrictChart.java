package nl.duiding.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.duiding.production.Money;

/**
 * Districts side by side as SVG geometry: per district a bar for its stories and one for its amount, each relative
 * to the largest district of its kind, with the value written beside it (so no reader depends on colour).
 */
record DistrictChart(int height, List<Row> rows) {

    static final int LABEL_WIDTH = 170;
    static final int BAR_SPACE = 360;
    static final int ROW_HEIGHT = 44;

    record Row(double y, String label, double storiesWidth, String storiesText, double amountWidth, String amountText) {
    }

    static DistrictChart of(List<WarmColdRow> districts, String unknownLabel, Locale locale) {
        long maxStories = Math.max(1, districts.stream().mapToLong(WarmColdRow::stories).max().orElse(1));
        long maxAmount = Math.max(1, districts.stream().mapToLong(WarmColdRow::amountCents).max().orElse(1));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < districts.size(); i++) {
            WarmColdRow d = districts.get(i);
            rows.add(new Row(10 + i * ROW_HEIGHT, d.key().isEmpty() ? unknownLabel : d.label(),
                    Math.round(BAR_SPACE * d.stories() / (double) maxStories * 10) / 10.0, Long.toString(d.stories()),
                    Math.round(BAR_SPACE * Math.max(0, d.amountCents()) / (double) maxAmount * 10) / 10.0,
                    Money.euros(d.amountCents(), locale)));
        }
        return new DistrictChart(20 + districts.size() * ROW_HEIGHT, rows);
    }
}
