package nl.duiding.production;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.duiding.platform.Period;

/**
 * The amount per period as an SVG line: server-rendered geometry (the CSP allows no inline style or script);
 * the per-period table under it holds the same numbers. Public so that dialogue snapshots draw the same line.
 * A period that has not ended yet (this month, this quarter: its declarations are still coming in) is no drop: it
 * hangs from the last ended one by a dashed line ({@code runningPoints}) with an open dot, and says so.
 */
public record TrendChart(String points, String runningPoints, List<Dot> dots, List<Tick> ticks, String maxLabel) {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    static final int PAD_LEFT = 90;
    static final int PAD = 24;

    public record Dot(double x, double y, String label, boolean running) {
    }

    public record Tick(double x, String label) {
    }

    public static TrendChart of(List<FigureRow> periods, Locale locale) {
        return of(periods, locale, LocalDate.now(Period.ZONE));
    }

    /** Whether any period is still running. */
    public boolean hasRunning() {
        return dots.stream().anyMatch(Dot::running);
    }

    static TrendChart of(List<FigureRow> periods, Locale locale, LocalDate today) {
        long max = Math.max(1, periods.stream().mapToLong(FigureRow::amountCents).max().orElse(1));
        double plotWidth = WIDTH - PAD_LEFT - PAD;
        double plotHeight = HEIGHT - 2 * PAD;
        double step = periods.size() > 1 ? plotWidth / (periods.size() - 1) : 0;
        List<Dot> dots = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        StringBuilder running = new StringBuilder();
        String lastEnded = null;
        for (int i = 0; i < periods.size(); i++) {
            FigureRow row = periods.get(i);
            double x = round(PAD_LEFT + (periods.size() > 1 ? i * step : plotWidth / 2));
            double y = round(PAD + plotHeight * (1 - Math.max(0, row.amountCents()) / (double) max));
            boolean open = !lastDay(row.key()).isBefore(today);
            dots.add(new Dot(x, y, row.key() + ": " + Money.euros(row.amountCents(), locale), open));
            ticks.add(new Tick(x, row.key()));
            String point = x + "," + y;
            if (open) {
                if (running.isEmpty() && lastEnded != null) {
                    running.append(lastEnded);
                }
                running.append(running.isEmpty() ? "" : " ").append(point);
            } else {
                points.append(points.isEmpty() ? "" : " ").append(point);
                lastEnded = point;
            }
        }
        return new TrendChart(points.toString(), running.toString(), dots, ticks, Money.euros(max, locale));
    }

    /** The last day of a period key: a month {@code 2026-12} or a quarter {@code 2026-Q4}; any other key never ends. */
    static LocalDate lastDay(String key) {
        try {
            if (key.length() == 7 && key.charAt(5) == 'Q') {
                int quarter = key.charAt(6) - '0';
                return YearMonth.of(Integer.parseInt(key.substring(0, 4)), quarter * 3).atEndOfMonth();
            }
            return YearMonth.parse(key).atEndOfMonth();
        } catch (RuntimeException notAPeriod) {
            return LocalDate.MIN;
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
