package nl.duiding.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A span of whole days in the municipality's time zone, Europe/Amsterdam, both ends included — the one meaning
 * of "a period" for the index, summaries, cold figures, dialogues and reports. A story told on 1 February at
 * 00:30 belongs to February everywhere, not to January because it was 23:30 in UTC. Months and quarters are
 * derived from days, never the other way round.
 */
public record Period(LocalDate first, LocalDate last) {

    /** The municipality's clock. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /**
     * How figures over a year are grouped, per month or per quarter: the one grouping of the story pages' filter and
     * of the cold figures. In a URL by its Dutch word ({@code per=maand|kwartaal}).
     */
    public enum Grouping {
        MONTH("maand"), QUARTER("kwartaal");

        private final String parameter;

        Grouping(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        /** The Dutch word, or the English name older links used; {@code null} for anything else. */
        public static Grouping parse(String value) {
            for (Grouping g : values()) {
                if (g.parameter.equalsIgnoreCase(value) || g.name().equalsIgnoreCase(value)) {
                    return g;
                }
            }
            return null;
        }
    }

    public Period {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("period ends before it starts: " + first + " – " + last);
        }
    }

    public static Period of(YearMonth from, YearMonth to) {
        return new Period(from.atDay(1), to.atEndOfMonth());
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The first moment of the period. */
    public Instant start() {
        return startOf(first);
    }

    /** The first moment after the period (exclusive end). */
    public Instant end() {
        return startOf(last.plusDays(1));
    }

    public boolean contains(Instant moment) {
        return !moment.isBefore(start()) && moment.isBefore(end());
    }

    /** The first moment of a day in the municipality's zone. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The first moment of a month in the municipality's zone. */
    public static Instant startOf(YearMonth month) {
        return startOf(month.atDay(1));
    }

    /** The month a moment falls in, in the municipality's zone. */
    public static YearMonth monthOf(Instant moment) {
        return YearMonth.from(moment.atZone(ZONE));
    }

    /** The day a moment falls in, in the municipality's zone. */
    public static LocalDate dayOf(Instant moment) {
        return LocalDate.ofInstant(moment, ZONE);
    }
}
