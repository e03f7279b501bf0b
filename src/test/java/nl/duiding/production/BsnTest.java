package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BsnTest {

    @Test
    void acceptsNumbersThatPassTheElevenCheck() {
        assertThat(Bsn.valid("999900006")).isTrue();
        assertThat(Bsn.valid("999900018")).isTrue();
        assertThat(Bsn.valid("111222333")).isTrue();
    }

    @Test
    void rejectsNumbersThatFailTheElevenCheckOrAreNotNineDigits() {
        assertThat(Bsn.valid("999900007")).isFalse();
        assertThat(Bsn.valid("123456789")).isFalse();
        assertThat(Bsn.valid("12345678")).isFalse();
        assertThat(Bsn.valid("9999000061")).isFalse();
        assertThat(Bsn.valid("99990000x")).isFalse();
        assertThat(Bsn.valid("000000000")).isFalse();
        assertThat(Bsn.valid(null)).isFalse();
    }

    @Test
    void masksEveryRunOfNineDigitsButLeavesOtherNumbers() {
        assertThat(Bsn.mask("bsn 999900006 op regel 12, AGB 99000101, bedrag 1234567890"))
                .isEqualTo("bsn ********* op regel 12, AGB 99000101, bedrag 1234567890");
    }

    /** Issue 14: a BSN without its leading zero (eight digits) was echoed by the XSD refusal and its log line. */
    @Test
    void masksTheValueAnXsdMessageEchoesWhateverItsLength() {
        String xerces = "cvc-pattern-valid: Value '99990001' is not facet-valid with respect to pattern '[0-9]{9}' for type 'LDT_BSN'.";
        assertThat(Bsn.mask(xerces)).doesNotContain("99990001").contains("'LDT_BSN'");
        assertThat(Bsn.mask("cvc-type.3.1.3: The value '9999 0001' of element 'Bsn' is not valid.")).doesNotContain("9999 0001");
        assertThat(Bsn.mask("cvc-minLength-valid: Value '1234' with length = '4' is not facet-valid")).doesNotContain("1234");
        assertThat(Bsn.mask("cvc-datatype-valid.1.2.1: '99990001x' is not a valid value for 'integer'.")).doesNotContain("99990001");
    }
}
