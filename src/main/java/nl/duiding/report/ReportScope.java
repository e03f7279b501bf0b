package nl.duiding.report;

import java.time.LocalDate;
import java.time.ZoneId;

/** What a report is about: an opgave, optionally one provider or one district, and a period (both days included). */
public record ReportScope(long opgaveId, Long providerId, String districtCode, LocalDate from, LocalDate to) {

    static final ZoneId ZONE = nl.duiding.platform.Period.ZONE;

    public ReportScope {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        districtCode = districtCode == null || districtCode.isBlank() ? null : districtCode;
    }

    /** The period just before this one, of the same length: for "what changed". */
    public ReportScope previous() {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        return new ReportScope(opgaveId, providerId, districtCode, from.minusDays(days), from.minusDays(1));
    }

    java.time.Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    java.time.Instant end() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}
