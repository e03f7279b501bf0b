package nl.duiding.production;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and dates as people type them in Dutch and English spreadsheets: decimal comma or point, thousands
 * separators, ISO dates or day-month-year. Throws {@link IllegalArgumentException} for anything else.
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

    /** Euros with at most two decimals, as eurocents. */
    static long cents(String text, boolean decimalComma) {
        BigDecimal euros = decimal(text, decimalComma).stripTrailingZeros();
        if (euros.scale() > 2) {
            throw new IllegalArgumentException("more than two decimals");
        }
        return euros.movePointRight(2).longValueExact();
    }

    /** A whole number; "4,0" and "4.00" are accepted because spreadsheets write them. */
    static long whole(String text, boolean decimalComma) {
        BigDecimal value = decimal(text, decimalComma).stripTrailingZeros();
        if (value.scale() > 0) {
            throw new IllegalArgumentException("not a whole number");
        }
        return value.longValueExact();
    }

    static LocalDate date(String text) {
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
