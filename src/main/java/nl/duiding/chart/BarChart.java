package nl.duiding.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of labelled horizontal bars (a council report's stories by role): {@link ChartSvg#bars} draws it, the
 * table beside it holds the same (disclosed) numbers. A hidden cell ("&lt; 8", "–") keeps its row with its label and
 * text but gets no bar at all: a 1 px bar would say more than its table cell.
 */
public record BarChart(List<Row> rows) {

    public static final int WIDTH = 560;
    static final int LABEL_WIDTH = 190;
    static final int ROW_HEIGHT = 28;
    static final int BAR_HEIGHT = 18;
    /** Room right of the longest bar for its text. */
    private static final int TEXT_ROOM = 70;

    /** One bar as given: its label, its disclosed value or null where the cell is hidden, and the text printed. */
    public record Bar(String label, Long value, String text) {
    }

    /** One row as drawn: its top, its label and text, and its bar's width, or null for a hidden cell (no bar). */
    public record Row(double y, String label, String text, Double barWidth) {

        public boolean hidden() {
            return barWidth == null;
        }
    }

    public BarChart {
        rows = List.copyOf(rows);
    }

    public static BarChart of(List<Bar> bars) {
        long max = Math.max(1, bars.stream().filter(b -> b.value() != null).mapToLong(Bar::value).max().orElse(1));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            Double width = bar.value() == null ? null
                    : Math.max(1, (WIDTH - LABEL_WIDTH - TEXT_ROOM) * bar.value() / (double) max);
            rows.add(new Row(8 + i * ROW_HEIGHT, bar.label(), bar.text(), width));
        }
        return new BarChart(rows);
    }

    public double height() {
        return rows.size() * ROW_HEIGHT + 16;
    }
}
