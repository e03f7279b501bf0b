package nl.duiding.dashboard;

import java.time.YearMonth;
import java.util.Optional;

import nl.duiding.analysis.StoryFilter;
import nl.duiding.story.TellerRole;

/**
 * One side of a comparison as a request parameter: {@code role:CLIENT}, {@code provider:12}, {@code district:WK050501},
 * {@code quarter:2026-Q1}, {@code month:2026-01}, {@code all}, or (second side only) {@code rest}: the opgave's
 * stories outside the first subset. Anything else is not a subset.
 */
record Subset(String kind, String value) {

    static final String REST = "rest";

    static Optional<Subset> parse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return Optional.empty();
        }
        if (raw.equals("all") || raw.equals(REST)) {
            return Optional.of(new Subset(raw, ""));
        }
        int colon = raw.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        Subset subset = new Subset(raw.substring(0, colon), raw.substring(colon + 1));
        return subset.apply(StoryFilter.opgave(0)).isPresent() ? Optional.of(subset) : Optional.empty();
    }

    boolean isRest() {
        return kind.equals(REST);
    }

    String spec() {
        return value.isEmpty() ? kind : kind + ":" + value;
    }

    /** The opgave's filter narrowed to this subset; empty when the value does not parse. */
    Optional<StoryFilter> apply(StoryFilter opgave) {
        try {
            return Optional.ofNullable(switch (kind) {
                case "all" -> opgave;
                case "role" -> opgave.withRole(TellerRole.valueOf(value));
                case "provider" -> opgave.withProvider(Long.valueOf(value));
                case "district" -> value.matches("WK\\d{4}[0-9A-Z]{2}") ? opgave.withDistrict(value) : null;
                case "month" -> opgave.withPeriod(YearMonth.parse(value), YearMonth.parse(value));
                case "quarter" -> value.matches("\\d{4}-Q[1-4]")
                        ? opgave.withQuarter(Integer.parseInt(value.substring(0, 4)), value.charAt(6) - '0') : null;
                default -> null;
            });
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
