package nl.duiding.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.duiding.analysis.PageFilter;
import nl.duiding.platform.Period;

/**
 * What a warm-next-to-cold view covers: one year in months or quarters, optionally one opgave, one provider (by id
 * and AGB code) and one district; {@code sharedOnly} keeps the stories whose tellers consented to share them with
 * the provider (what a provider user may see).
 */
record Scope(int year, Period.Grouping per, Long opgaveId, Long providerId, String providerAgb, String districtCode,
             boolean sharedOnly) {

    /** The scope as the pages' filter, for links: year, grouping, provider and district. */
    public PageFilter filter() {
        return PageFilter.year(year, per, providerId, districtCode);
    }

    Instant from() {
        return Period.year(year).start();
    }

    Instant to() {
        return Period.year(year).end();
    }

    /** Every period key of the year, as both modules write them (2026-04 or 2026-Q2). */
    List<String> periodKeys() {
        List<String> keys = new ArrayList<>();
        if (per == Period.Grouping.QUARTER) {
            for (int q = 1; q <= 4; q++) {
                keys.add(year + "-Q" + q);
            }
        } else {
            for (int m = 1; m <= 12; m++) {
                keys.add(String.format("%04d-%02d", year, m));
            }
        }
        return keys;
    }
}
