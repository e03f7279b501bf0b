package nl.duiding.analysis;

import java.util.Map;

/**
 * The stories of one group (a period, district or provider) and the means of their signifiers. A mean covers only
 * the stories that answered that question ("not applicable" and unanswered are left out, and counted as such).
 */
public record StorySummary(String key, long stories, Map<String, TriadMean> triads, Map<String, DyadMean> dyads) {

    /** Mean shares of the three corners over {@code answered} stories. */
    public record TriadMean(long answered, double a, double b, double c) {
    }

    /** Mean slider position in [0,1] over {@code answered} stories. */
    public record DyadMean(long answered, double mean) {
    }

    public static StorySummary empty(String key) {
        return new StorySummary(key, 0, Map.of(), Map.of());
    }
}
