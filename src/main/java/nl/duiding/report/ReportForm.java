package nl.duiding.report;

import java.time.LocalDate;

/** The form to start a report; bound as text and checked by the controller. */
record ReportForm(Long opgaveId, Long providerId, String districtCode, LocalDate from, LocalDate to, String title) {
}
