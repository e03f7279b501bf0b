package nl.duiding.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a value per period drawn as a line, the one trend chart everywhere (production pages, a dialogue's
 * pinned cold figures, a council report's effect chain): {@link ChartSvg#trend} draws it, the table beside it holds
 * the same numbers. A period that has not ended yet hangs from the last ended one by a dashed line
 * ({@code runningPoints}) with an open dot; a hidden period (no value) gets its tick only, no dot and no point.
 */
public record TrendChart(String points, String runningPoints, List<Dot> dots, List<Tick> ticks, String maxLabel) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 220;
    /** Room for the top value, "€ 999.999,99" at 14 px. */
    static final int PAD_LEFT = 120;
    static final int PAD = 24;

    public record Dot(double x, double y, String label, boolean running) {
    }

    public record Tick(double x, String label) {
    }

    /**
     * One period: its key ({@code 2026-04}, {@code 2026-Q2}), its value or null where it is not published, the dot's
     * text, and whether the period is still running.
     */
    public record Period(String key, Long value, String label, boolean running) {
    }

    public TrendChart {
        dots = List.copyOf(dots);
        ticks = List.copyOf(ticks);
    }

    /** The line of {@code periods}; {@code maxLabel} names the top of the axis (the largest value, formatted). */
    public static TrendChart of(List<Period> periods, String maxLabel) {
        long max = Math.max(1, periods.stream().filter(p -> p.value() != null).mapToLong(Period::value).max().orElse(1));
        double plotWidth = WIDTH - PAD_LEFT - PAD;
        double plotHeight = HEIGHT - 2 * PAD;
        double step = periods.size() > 1 ? plotWidth / (periods.size() - 1) : 0;
        List<Dot> dots = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        StringBuilder running = new StringBuilder();
        String lastEnded = null;
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            Point at = Point.rounded(PAD_LEFT + (periods.size() > 1 ? i * step : plotWidth / 2),
                    PAD + plotHeight * (1 - Math.max(0, period.value() == null ? 0 : period.value()) / (double) max));
            ticks.add(new Tick(at.x(), period.key()));
            if (period.value() == null) {
                continue;
            }
            dots.add(new Dot(at.x(), at.y(), period.label(), period.running()));
            String point = at.x() + "," + at.y();
            if (period.running()) {
                if (running.isEmpty() && lastEnded != null) {
                    running.append(lastEnded);
                }
                running.append(running.isEmpty() ? "" : " ").append(point);
            } else {
                points.append(points.isEmpty() ? "" : " ").append(point);
                lastEnded = point;
            }
        }
        return new TrendChart(points.toString(), running.toString(), dots, ticks, maxLabel);
    }

    /** Whether any period is still running. */
    public boolean hasRunning() {
        return dots.stream().anyMatch(Dot::running);
    }

    /** The chart as inline SVG for a page; {@code runningNote} follows the text of a running period's dot. */
    public String svg(String label, String runningNote) {
        return ChartSvg.trend(this, label, runningNote, ChartSvg.Use.INLINE);
    }
}
