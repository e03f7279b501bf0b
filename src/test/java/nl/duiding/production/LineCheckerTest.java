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

    @Test
    void unit83WithoutTariffIsAcceptedWhenTheAmountIsTheVolume() {
        StagedLine euros = check(line("169", "83", "", "169,00", "999900006", "2026-04-01"));
        assertThat(euros.reasons()).isNull();
        assertThat(euros.amountCents()).isEqualTo(16_900);
        assertThat(euros.volume() * euros.tariffCents()).isEqualTo(16_900);
        RawLine xml = withAmounts(line("16900", "83", null, "16900", "999900006", "2026-04-01"), "16900", null, "16900", "D", false);
        StagedLine cents = check(xml);
        assertThat(cents.reasons()).isNull();
        assertThat(cents.amountCents()).isEqualTo(16_900);
        assertThat(cents.tariffCents()).isEqualTo(1);
    }

    @Test
    void unit83WithAnAmountThatIsNotTheVolumeIsNamed() {
        assertThat(check(line("5", "83", "", "169,00", "999900006", "2026-04-01")).reasons())
                .isEqualTo("Bij eenheid 83 (euro's) is het bedrag gelijk aan het volume, maar volume 5 past niet bij bedrag " + Money.euros(16_900) + ".");
    }

    @Test
    void aCreditWrittenAsNegativeNumbersIsACreditWithOrWithoutC() {
        for (String dc : new String[] {"", "D", "C"}) {
            StagedLine credit = check(withAmounts(line("1", "04", "1", "1", "999900006", "2026-04-01"), "-2", "84,50", "-169,00", dc, true));
            assertThat(credit.reasons()).as(dc).isNull();
            assertThat(credit.amountCents()).as(dc).isEqualTo(-16_900);
            assertThat(credit.volume()).as(dc).isEqualTo(-2);
            assertThat(credit.debitCredit()).as(dc).isEqualTo("C");
        }
    }

    @Test
    void aWrongNegativeCreditIsExplainedWithoutContradictingItself() {
        StagedLine wrong = check(withAmounts(line("1", "04", "1", "1", "999900006", "2026-04-01"), "-2", "84,50", "-170,00", "C", true));
        assertThat(wrong.reasons()).isEqualTo("Het bedrag " + Money.euros(17_000) + " is niet volume 2 \u00d7 tarief " + Money.euros(8_450) + " (= " + Money.euros(16_900) + ").");
    }

    @Test
    void periodsAreNamedInDutchDates() {
        assertThat(check(line("4", "04", "12,50", "50,00", "999900006", "2026-03-01")).reasons())
                .contains("De productperiode 01-03-2026 t/m 28-03-2026 valt buiten de declaratieperiode 01-04-2026 t/m 30-04-2026.");
    }

    @Test
    void aLineForAnotherMunicipalityIsRefusedWhenTheMunicipalityIsSet() {
        LineChecker dordrecht = new LineChecker(new CodeLists(), new Reasons(messages()),
                new MunicipalityProperties(java.util.Set.of("0505")));
        RawLine raw = line("4", "04", "12,50", "50,00", "999900006", "2026-04-01");
        RawLine other = new RawLine(1, "regel 2", raw.law(), raw.declarationNumber(), raw.declarationStart(),
                raw.declarationEnd(), raw.providerAgb(), "0599", raw.referenceNumber(), raw.bsn(), raw.category(),
                raw.productCode(), raw.productStart(), raw.productEnd(), raw.volume(), raw.unit(), raw.tariff(),
                raw.amount(), raw.debitCredit(), null, true);
        assertThat(dordrecht.check(raw, true, pseudonyms).reasons()).isNull();
        assertThat(dordrecht.check(other, true, pseudonyms).reasons()).isEqualTo("Gemeentecode 0599 is niet van deze "
                + "gemeente (0505); de regel telt daarom niet mee in de cijfers. Hoort hij bij een andere gemeente, stuur hem dan daar heen.");
    }

    private static RawLine withAmounts(RawLine raw, String volume, String tariff, String amount, String dc, boolean euros) {
        return new RawLine(raw.position(), raw.location(), raw.law(), raw.declarationNumber(), raw.declarationStart(),
                raw.declarationEnd(), raw.providerAgb(), raw.municipality(), raw.referenceNumber(), raw.bsn(),
                raw.category(), raw.productCode(), raw.productStart(), raw.productEnd(), volume, raw.unit(),
                tariff, amount, dc, raw.district(), euros);
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
