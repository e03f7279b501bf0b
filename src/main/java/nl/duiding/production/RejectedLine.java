package nl.duiding.production;

import java.time.LocalDate;

/**
 * A prestatie a 325 names, that is one the municipality rejected, as checked; amount signed (credit negative), return
 * codes joined by spaces. Holds a pseudonym, never a BSN.
 */
record RejectedLine(int position, String location, String reference, String allocationNumber, String category,
                    String productCode, LocalDate start, LocalDate end, long volume, String unit, long amountCents,
                    String pseudonym, String returnCodes, String reasons) {
}
