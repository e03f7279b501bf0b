package nl.duiding.production;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import nl.duiding.chart.TrendChart;
import nl.duiding.platform.Period;

/**
 * The amount per period as the one trend chart ({@code chart.TrendChart}); public so that dialogue snapshots draw the
 * same line. A period that has not ended yet (this month, this quarter: its declarations are still coming in) is no
 * drop: it is drawn as running.
 */
public final class TrendLine {

    private TrendLine() {
    }

    public static TrendChart of(List<FigureRow> periods, Locale locale) {
        return of(periods, locale, FigureRow::amountCents, LocalDate.now(Period.ZONE));
    }

    /**
     * The same line drawn from the figures as published: {@code shown} gives a period's amount as it may be shown,
     * or null where it is hidden (that period keeps its tick, but gets no dot and no label).
     */
    public static TrendChart of(List<FigureRow> periods, Locale locale, Function<FigureRow, Long> shown) {
        return of(periods, locale, shown, LocalDate.now(Period.ZONE));
    }

    static TrendChart of(List<FigureRow> periods, Locale locale, LocalDate today) {
        return of(periods, locale, FigureRow::amountCents, today);
    }

    private static TrendChart of(List<FigureRow> periods, Locale locale, Function<FigureRow, Long> shown, LocalDate today) {
        List<TrendChart.Period> line = periods.stream().map(row -> {
            Long amount = shown.apply(row);
            return new TrendChart.Period(row.key(), amount, amount == null ? null : row.key() + ": " + Money.euros(amount, locale),
                    !lastDay(row.key()).isBefore(today));
        }).toList();
        long max = Math.max(1, line.stream().filter(p -> p.value() != null).mapToLong(TrendChart.Period::value).max().orElse(1));
        return TrendChart.of(line, Money.euros(max, locale));
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
}
