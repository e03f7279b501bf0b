package nl.duiding.production;

import java.time.LocalDate;

/**
 * A checked line on its way to the staging table: every value that could be read, and the reasons it is
 * rejected ({@code null} when it is accepted so far). Holds a pseudonym, never a BSN.
 */
record StagedLine(int position, String location, String law, String declarationNumber, LocalDate declarationStart,
                  LocalDate declarationEnd, String providerAgb, String municipality, String referenceNumber,
                  String category, String productCode, LocalDate productStart, LocalDate productEnd, Long volume,
                  String unit, Long tariffCents, Long amountCents, String debitCredit, String pseudonym,
                  String district, String reasons) {
}
