package nl.duiding.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** One verantwoordingsdialoog: an opgave, a period, optionally some providers and districts. */
record Dialogue(long id, long opgaveId, String title, LocalDate periodStart, LocalDate periodEnd, List<Long> providerIds,
                List<String> districtCodes, Baseline baseline, String createdBy, Instant createdAt) {

    /** Whether material about this provider (null: the opgave as a whole) belongs in this dialogue. */
    boolean covers(Long providerId) {
        return providerId == null || providerIds.isEmpty() || providerIds.contains(providerId);
    }

    /** The first month of the period: material covers whole months, as stories and declarations are counted. */
    YearMonth firstMonth() {
        return YearMonth.from(periodStart);
    }

    YearMonth lastMonth() {
        return YearMonth.from(periodEnd);
    }

    /** The months material covers, as frozen snapshots show them: "2026-01 – 2026-06". */
    String months() {
        return firstMonth() + " – " + lastMonth();
    }
}
