package nl.duiding.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** OWASP CSV injection: a cell that a spreadsheet would run as a formula arrives as text. */
class CsvDownloadTest {

    @Test
    void cellsStartingLikeAFormulaGetAnApostrophe() {
        assertThat(CsvDownload.safe("=HYPERLINK(\"http://x\",\"klik\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"klik\")");
        assertThat(CsvDownload.safe("+31 6 1234")).isEqualTo("'+31 6 1234");
        assertThat(CsvDownload.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvDownload.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvDownload.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvDownload.safe("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(CsvDownload.safe("-0,125")).isEqualTo("-0,125");
        assertThat(CsvDownload.safe("-12")).isEqualTo("-12");
        assertThat(CsvDownload.safe(-5L)).isEqualTo(-5L);
        assertThat(CsvDownload.safe("Jeugdhulp De Linde")).isEqualTo("Jeugdhulp De Linde");
        assertThat(CsvDownload.safe("")).isEqualTo("");
        assertThat(CsvDownload.safe((Object) null)).isNull();
    }

    @Test
    void theDownloadWritesTheEscapedCell() {
        String body = new String(CsvDownload.attachment("x.csv", List.of("naam", "bedrag"),
                List.of(List.of("=HYPERLINK(\"http://evil\")", -3))).getBody(), StandardCharsets.UTF_8);
        assertThat(body).contains("\"'=HYPERLINK(\"\"http://evil\"\")\";-3");
    }
}
