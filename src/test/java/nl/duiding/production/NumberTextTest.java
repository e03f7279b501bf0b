package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * The quick reading of the usual notations (digit by digit) must say exactly what the general reading (regular
 * expressions, BigDecimal) says, value or refusal, for every text: the general reading is the specification.
 */
class NumberTextTest {

    private static final String ALPHABET = "0123456789,.-- €\u00a0/x";

    @Test
    void theQuickWayReadsTheUsualNotations() {
        assertThat(NumberText.cents("87,50", true)).isEqualTo(8_750);
        assertThat(NumberText.cents("87.5", false)).isEqualTo(8_750);
        assertThat(NumberText.cents("-169,00", true)).isEqualTo(-16_900);
        assertThat(NumberText.cents("4", true)).isEqualTo(400);
        assertThat(NumberText.whole("4", true)).isEqualTo(4);
        assertThat(NumberText.whole("-4,00", true)).isEqualTo(-4);
        assertThat(NumberText.date("2026-04-01")).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(NumberText.date("01/04/2026")).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThatThrownBy(() -> NumberText.whole("4,5", true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumberText.date("2026-02-30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumberText.date("31-04-2026")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPointThatMayGroupThousandsInADecimalCommaFileIsReadAsBefore() {
        assertThat(NumberText.cents("1.250", true)).isEqualTo(125_000);
        assertThat(NumberText.cents("1.250", false)).isEqualTo(125);
        assertThat(NumberText.cents("1,25", false)).isEqualTo(125);
    }

    @Test
    void quickAndGeneralAgreeOnEveryTextTried() {
        Random random = new Random(20261204);
        List<String> texts = new ArrayList<>(List.of("", "-", "0", "-0", "00", "1,", ",5", "1,2,3", "1.234.567",
                "1.234,56", "1,234.56", "12345678901234567", "1234567890123456,78", "999999999999999,99", " 4 ",
                "€ 7,00", "4,000", "4.10", "-0,01", "+4", "٣"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            for (boolean decimalComma : new boolean[] {true, false}) {
                assertSame(text + " (cents)", () -> NumberText.cents(text, decimalComma),
                        () -> NumberText.generalCents(text, decimalComma));
                assertSame(text + " (whole)", () -> NumberText.whole(text, decimalComma),
                        () -> NumberText.generalWhole(text, decimalComma));
            }
        }
    }

    @Test
    void quickAndGeneralAgreeOnDates() {
        Random random = new Random(4122026);
        List<String> texts = new ArrayList<>(List.of("2026-04-01", "2026-4-1", "01-04-2026", "1-4-2026", "01.04/2026",
                "29-02-2024", "29-02-2025", "2026-13-01", "00-01-2026", "2026-04-01x", " 2026-04-01 ", "2026/04/01",
                "99-99-9999", "0000-01-01"));
        String alphabet = "0123456789-/. x";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 0; n < 10; n++) {
                text.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                text.setCharAt(random.nextBoolean() ? 4 : 2, '-');
                text.setCharAt(random.nextBoolean() ? 7 : 5, random.nextBoolean() ? '-' : '/');
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertSame(text + " (date)", () -> NumberText.date(text), () -> NumberText.generalDate(text));
        }
    }

    private static <T> void assertSame(String what, Supplier<T> quick, Supplier<T> general) {
        Object expected;
        try {
            expected = general.get();
        } catch (IllegalArgumentException | ArithmeticException e) {
            expected = "refused";
        }
        Object actual;
        try {
            actual = quick.get();
        } catch (IllegalArgumentException | ArithmeticException e) {
            actual = "refused";
        }
        assertThat(actual).as(what).isEqualTo(expected);
    }
}
