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
}
