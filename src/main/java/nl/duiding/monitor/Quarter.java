package nl.duiding.monitor;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar quarter, written as both modules key their periods ({@code 2026-Q3}). The overview compares the last
 * complete quarter with the one before: a quarter still running would look like a drop.
 */
record Quarter(int year, int quarter) {

    Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    /** The last quarter that has ended on {@code today}. */
    static Quarter lastCompleteOn(LocalDate today) {
        return of(YearMonth.from(today)).previous();
    }

    static Quarter of(YearMonth month) {
        return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    /** {@code 2026-Q3} (case-insensitive), or null when the text is not a quarter. */
    static Quarter parse(String text) {
        if (text == null || !text.strip().matches("(?i)\\d{4}-Q[1-4]")) {
            return null;
        }
        String t = text.strip();
        return new Quarter(Integer.parseInt(t.substring(0, 4)), t.charAt(6) - '0');
    }

    Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (quarter - 1) * 3 + 1);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(2);
    }

    public String key() {
        return year + "-Q" + quarter;
    }
}
