package nl.duiding.production;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

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
        return of(periods, locale, LocalDate.now(Period.ZONE));
    }

    static TrendChart of(List<FigureRow> periods, Locale locale, LocalDate today) {
        long max = Math.max(1, periods.stream().mapToLong(FigureRow::amountCents).max().orElse(1));
        return TrendChart.of(periods.stream().map(row -> new TrendChart.Period(row.key(), row.amountCents(),
                row.key() + ": " + Money.euros(row.amountCents(), locale), !lastDay(row.key()).isBefore(today))).toList(),
                Money.euros(max, locale));
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
