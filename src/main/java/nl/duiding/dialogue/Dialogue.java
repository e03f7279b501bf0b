package nl.duiding.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One verantwoordingsdialoog: an opgave, a period, optionally some providers and districts. */
record Dialogue(long id, long opgaveId, String title, LocalDate periodStart, LocalDate periodEnd, List<Long> providerIds,
                List<String> districtCodes, Baseline baseline, String createdBy, Instant createdAt) {

    /** Whether material about this provider (null: the opgave as a whole) belongs in this dialogue. */
    boolean covers(Long providerId) {
        return providerId == null || providerIds.isEmpty() || providerIds.contains(providerId);
    }
}
