package nl.duiding.production;

/**
 * One declared line as read from a file, every field still text: checking is one step, reading another.
 * {@code euros} says whether tariff and amount are written in euros (CSV) or in eurocents (iStandaarden).
 */
record RawLine(int position, String location, String law, String declarationNumber, String declarationStart,
               String declarationEnd, String providerAgb, String municipality, String referenceNumber, String bsn,
               String category, String productCode, String productStart, String productEnd, String volume,
               String unit, String tariff, String amount, String debitCredit, String district, boolean euros) {
}
