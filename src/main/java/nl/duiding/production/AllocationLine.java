package nl.duiding.production;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A toewijzing (ToegewezenProduct of a 301) as checked: every value that could be read and why it is refused
 * ({@code null} when accepted). Holds a pseudonym, never a BSN.
 */
record AllocationLine(int position, String location, String law, String municipality, String providerAgb, String number,
                      String pseudonym, String category, String productCode, LocalDateTime allocatedAt, LocalDate start,
                      LocalDate end, String changeReason, Long volume, String unit, String frequency, Long budgetCents,
                      String reasons) {
}
