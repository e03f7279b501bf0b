package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvDialectTest {

    private static final String DUTCH = "Wet;Bedrag;Omschrijving\nJW;1.250,50;Cliënt één\n";
    private static final String ENGLISH = "wet,bedrag,omschrijving\nJW,1250.50,Client\n";

    @Test
    void dutchExcelIsWindows1252WithSemicolonsAndDecimalCommas() {
        byte[] bytes = DUTCH.getBytes(CsvDialect.WINDOWS_1252);
        CsvDialect dialect = CsvDialect.detect(bytes, bytes.length);
        assertThat(dialect.charset()).isEqualTo(CsvDialect.WINDOWS_1252);
        assertThat(dialect.delimiter()).isEqualTo(';');
        assertThat(dialect.decimalComma()).isTrue();
        assertThat(dialect.bomLength()).isZero();
    }

    @Test
    void utf8WithBomIsRecognisedAndTheBomSkipped() {
        byte[] text = DUTCH.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(text, 0, bytes, 3, text.length);
        CsvDialect dialect = CsvDialect.detect(bytes, bytes.length);
        assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(dialect.bomLength()).isEqualTo(3);
    }

    @Test
    void utf8WithoutBomStaysUtf8() {
        byte[] bytes = DUTCH.getBytes(StandardCharsets.UTF_8);
        CsvDialect dialect = CsvDialect.detect(bytes, bytes.length);
        assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(dialect.bomLength()).isZero();
    }

    @Test
    void commaSeparatedWithDecimalPoints() {
        byte[] bytes = ENGLISH.getBytes(StandardCharsets.UTF_8);
        CsvDialect dialect = CsvDialect.detect(bytes, bytes.length);
        assertThat(dialect.delimiter()).isEqualTo(',');
        assertThat(dialect.decimalComma()).isFalse();
    }

    @Test
    void semicolonsWithDecimalPoints() {
        byte[] bytes = "wet;bedrag\nJW;12.50\n".getBytes(StandardCharsets.UTF_8);
        CsvDialect dialect = CsvDialect.detect(bytes, bytes.length);
        assertThat(dialect.delimiter()).isEqualTo(';');
        assertThat(dialect.decimalComma()).isFalse();
    }

    @Test
    void numbersInEitherNotation() {
        assertThat(NumberText.cents("1.250,50", true)).isEqualTo(125_050);
        assertThat(NumberText.cents("1,250.50", false)).isEqualTo(125_050);
        assertThat(NumberText.cents("12,5", true)).isEqualTo(1_250);
        assertThat(NumberText.cents("12.5", false)).isEqualTo(1_250);
        assertThat(NumberText.cents("1.250", true)).isEqualTo(125_000);
        assertThat(NumberText.cents("\u20ac 7,00", true)).isEqualTo(700);
        assertThat(NumberText.whole("16,0", true)).isEqualTo(16);
        assertThat(NumberText.date("01-04-2026")).isEqualTo(NumberText.date("2026-04-01"));
    }
}
