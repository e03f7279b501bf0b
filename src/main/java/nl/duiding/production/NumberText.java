package nl.duiding.production;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and dates as people type them in Dutch and English spreadsheets: decimal comma or point, thousands
 * separators, ISO dates or day-month-year. Throws {@link IllegalArgumentException} for anything else.
 * The notations nearly every line uses ("87,50", "4", "2026-04-01", "01-04-2026") are read digit by digit, without
 * a regular expression or a {@code BigDecimal} (a million lines, docs/adr/0030-import-near-copy-speed.md); anything
 * else goes the general way, which {@code NumberTextTest} holds the quick way to.
 */
final class NumberText {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DUTCH_DATE = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

    private NumberText() {
    }

    /**
     * A decimal in either notation. With both marks, the last one is the decimal mark; a lone comma is a
     * decimal comma; a lone point is a decimal point unless the file writes decimal commas and the point
     * groups thousands (1.250).
     */
    static BigDecimal decimal(String text, boolean decimalComma) {
        String s = text.strip().replace(" ", "").replace("\u00a0", "");
        if (s.startsWith("\u20ac")) {
            s = s.substring(1);
        }
        int comma = s.lastIndexOf(',');
        int point = s.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            s = comma > point ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.replace(',', '.');
        } else if (point >= 0 && decimalComma && GROUPED.matcher(s).matches()) {
            s = s.replace(".", "");
        }
        if (!PLAIN.matcher(s).matches()) {
            throw new IllegalArgumentException("not a number");
        }
        return new BigDecimal(s);
    }

    /** No quick reading: the text takes the general way. */
    private static final long NONE = Long.MIN_VALUE;
    /** At most this many digits before the mark are read quickly: times 100 it still fits a long. */
    private static final int QUICK_DIGITS = 15;

    /** Euros with at most two decimals, as eurocents. */
    static long cents(String text, boolean decimalComma) {
        long quick = quickCents(text.strip(), decimalComma);
        return quick != NONE ? quick : generalCents(text, decimalComma);
    }

    static long generalCents(String text, boolean decimalComma) {
        BigDecimal euros = decimal(text, decimalComma).stripTrailingZeros();
        if (euros.scale() > 2) {
            throw new IllegalArgumentException("more than two decimals");
        }
        return euros.movePointRight(2).longValueExact();
    }

    /** A whole number; "4,0" and "4.00" are accepted because spreadsheets write them. */
    static long whole(String text, boolean decimalComma) {
        long quick = quickCents(text.strip(), decimalComma);
        return quick != NONE && quick % 100 == 0 ? quick / 100 : generalWhole(text, decimalComma);
    }

    static long generalWhole(String text, boolean decimalComma) {
        BigDecimal value = decimal(text, decimalComma).stripTrailingZeros();
        if (value.scale() > 0) {
            throw new IllegalArgumentException("not a whole number");
        }
        return value.longValueExact();
    }

    /**
     * Eurocents of an optional minus, digits and at most one mark with one or two digits after it; {@link #NONE}
     * for anything else, and for a point that may group thousands in a decimal-comma file ("1.250").
     */
    private static long quickCents(String s, boolean decimalComma) {
        int n = s.length();
        int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        long whole = 0;
        int digits = 0;
        while (i < n && isDigit(s.charAt(i)) && digits <= QUICK_DIGITS) {
            whole = whole * 10 + (s.charAt(i++) - '0');
            digits++;
        }
        if (digits == 0 || digits > QUICK_DIGITS) {
            return NONE;
        }
        long cents = whole * 100;
        if (i < n) {
            char mark = s.charAt(i++);
            int decimals = n - i;
            if ((mark != ',' && mark != '.') || decimals < 1 || decimals > 2) {
                return NONE;
            }
            for (int j = i; j < n; j++) {
                if (!isDigit(s.charAt(j))) {
                    return NONE;
                }
            }
            cents += (s.charAt(i) - '0') * 10 + (decimals == 2 ? s.charAt(i + 1) - '0' : 0);
        }
        return s.charAt(0) == '-' ? -cents : cents;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static LocalDate date(String text) {
        String s = text.strip();
        LocalDate quick = quickDate(s);
        return quick != null ? quick : generalDate(s);
    }

    /** yyyy-mm-dd and dd-mm-yyyy (any of - / . between) with every digit written; null for anything else. */
    private static LocalDate quickDate(String s) {
        if (s.length() != 10) {
            return null;
        }
        try {
            if (s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10)) {
                return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
            }
            if (separator(s.charAt(2)) && separator(s.charAt(5)) && digits(s, 0, 2) && digits(s, 3, 5) && digits(s, 6, 10)) {
                return LocalDate.of(number(s, 6, 10), number(s, 3, 5), number(s, 0, 2));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date", e);
        }
        return null;
    }

    private static boolean separator(char c) {
        return c == '-' || c == '/' || c == '.';
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
    }

    static LocalDate generalDate(String text) {
        String s = text.strip();
        try {
            Matcher iso = ISO_DATE.matcher(s);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher dutch = DUTCH_DATE.matcher(s);
            if (dutch.matches()) {
                return LocalDate.of(Integer.parseInt(dutch.group(3)), Integer.parseInt(dutch.group(2)),
                        Integer.parseInt(dutch.group(1)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date", e);
        }
        throw new IllegalArgumentException("not a date");
    }
}
