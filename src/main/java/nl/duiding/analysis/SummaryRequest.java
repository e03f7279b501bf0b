package nl.duiding.analysis;

import java.time.Instant;
import java.util.List;

/**
 * A grouped signifier summary to compute: which stories ({@code filter}: opgave, provider, role, shared; its search
 * text is not used), optionally one district and a submission window [from, to), grouped by {@code grouping}, with
 * the means of these triad and dyad questions.
 */
public record SummaryRequest(StoryFilter filter, String districtCode, Instant from, Instant to, Grouping grouping,
                             List<String> triadCodes, List<String> dyadCodes) {

    /** How stories are grouped: keys 2026-04 (month), 2026-Q2 (quarter), a CBS district code, a provider id. */
    public enum Grouping { MONTH, QUARTER, DISTRICT, PROVIDER }

    public SummaryRequest {
        triadCodes = triadCodes == null ? List.of() : List.copyOf(triadCodes);
        dyadCodes = dyadCodes == null ? List.of() : List.copyOf(dyadCodes);
        districtCode = districtCode == null || districtCode.isBlank() ? null : districtCode;
    }
}
