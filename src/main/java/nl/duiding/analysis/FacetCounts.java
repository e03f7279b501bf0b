package nl.duiding.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Facet counts for a filter. A dimension the filter drills into is counted sideways: as if its own restriction
 * were absent and all others applied, so the other values stay visible with the counts a click would give.
 * Labels: provider id (or {@code -}), role name, district code, month {@code yyyy-MM}, consent name, option code.
 */
public record FacetCounts(long total, Map<String, Long> providers, Map<String, Long> roles, Map<String, Long> districts,
                          Map<String, Long> months, Map<String, Long> consents, Map<String, Map<String, Long>> choices) {

    /** Quarters ({@code yyyy-Qn}) from the month counts, oldest first. */
    public Map<String, Long> quarters() {
        Map<String, Long> quarters = new TreeMap<>();
        months.forEach((month, count) -> {
            int m = Integer.parseInt(month.substring(5, 7));
            quarters.merge(month.substring(0, 4) + "-Q" + ((m - 1) / 3 + 1), count, Long::sum);
        });
        return new LinkedHashMap<>(quarters);
    }
}
