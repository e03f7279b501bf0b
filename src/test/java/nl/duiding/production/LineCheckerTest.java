package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The per-line checks without Spring or a database. */
class LineCheckerTest {

    private final LineChecker checker = new LineChecker(new CodeLists(), new Reasons(messages()));
    private final Pseudonymizer.Session pseudonyms = new Pseudonymizer("a-test-secret-of-some-length").open();

    @Test
    void aCorrectLineIsAcceptedWithAPseudonymInsteadOfTheBsn() {
        StagedLine line = check(line("4", "04", "12,50", "50,00", "999900006", "2026-04-01"));
        assertThat(line.reasons()).isNull();
        assertThat(line.amountCents()).isEqualTo(5_000);
        assertThat(line.tariffCents()).isEqualTo(1_250);
        assertThat(line.pseudonym()).hasSize(64).doesNotContain("999900006");
    }

    @Test
    void amountMustBeVolumeTimesTariff() {
        StagedLine line = check(line("4", "04", "12,50", "51,00", "999900006", "2026-04-01"));
        assertThat(line.reasons()).contains("niet volume 4 \u00d7 tarief");
    }

    @Test
    void productsInEurosAreExemptFromPxQ() {
        assertThat(check(line("1", "83", "12,50", "99,00", "999900006", "2026-04-01")).reasons()).isNull();
    }

    @Test
    void anInvalidBsnIsRejectedWithoutShowingIt() {
        StagedLine line = check(line("4", "04", "12,50", "50,00", "999900007", "2026-04-01"));
        assertThat(line.reasons()).contains("11-proef").doesNotContain("999900007");
        assertThat(line.pseudonym()).isNull();
    }

    @Test
    void unknownCodesMalformedNumbersAndPeriodsAreNamed() {
        StagedLine line = check(line("4x", "05", "12,50", "50,00", "999900006", "2026-03-01"));
        assertThat(line.reasons()).contains("Eenheid '05'").contains("volume is geen geldige waarde: '4x'")
                .contains("buiten de declaratieperiode");
    }

    @Test
    void creditLinesAreStoredNegativeSoTheyNetOut() {
        RawLine raw = line("4", "04", "12,50", "50,00", "999900006", "2026-04-01");
        RawLine credit = new RawLine(1, "regel 2", raw.law(), raw.declarationNumber(), raw.declarationStart(),
                raw.declarationEnd(), raw.providerAgb(), raw.municipality(), raw.referenceNumber(), raw.bsn(),
                raw.category(), raw.productCode(), raw.productStart(), raw.productEnd(), raw.volume(), raw.unit(),
                raw.tariff(), raw.amount(), "C", raw.district(), true);
        assertThat(check(credit).amountCents()).isEqualTo(-5_000);
        assertThat(check(credit).volume()).isEqualTo(-4);
    }

    private StagedLine check(RawLine raw) {
        return checker.check(raw, true, pseudonyms);
    }

    private static RawLine line(String volume, String unit, String tariff, String amount, String bsn, String start) {
        return new RawLine(1, "regel 2", "JW", "DN1", "2026-04-01", "2026-04-30", "99000101", "0505", "RN1", bsn,
                "45", "45A03", start, start.substring(0, 8) + "28", volume, unit, tariff, amount, "D", "WK050501", true);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/production");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
