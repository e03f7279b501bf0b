package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every kind of file that cannot be a declaration file is refused as a whole with a Dutch reason that says what to
 * do about it, and never with a Java class name or a parser's English (issue 16). Without Spring or a database.
 */
class RefusedFilesTest {

    private static final String HEAD = "wet;declaratienummer;declaratie_begin;declaratie_eind;agb_code;gemeentecode;"
            + "referentienummer;bsn;productcategorie;productcode;product_begin;product_eind;volume;eenheid;tarief;bedrag\r\n";
    private static final String LINE = "JW;D1;01-04-2026;30-04-2026;12345678;0505;RN1;999900006;45;45A03;01-04-2026;"
            + "30-04-2026;4;04;12,50;50,00\r\n";

    private final Reasons reasons = new Reasons(messages());
    private final FileKinds kinds = new FileKinds(reasons);

    @Test
    void anEmptyFileSaysItIsEmpty() {
        assertRefused(() -> recognise(new byte[0], "maart.csv"),
                "Het bestand 'maart.csv' is leeg (0 bytes). Controleer of u het goede bestand hebt gekozen en of het "
                        + "helemaal is opgeslagen, en upload het opnieuw.");
    }

    @Test
    void aZipIsToBeUnpackedFirst() {
        assertRefused(() -> recognise(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'a', '.', 'c', 's', 'v'}, "maart.zip"),
                "'maart.zip' is een ingepakt bestand (ZIP of ander archief); pak het eerst uit en upload dan het CSV- of "
                        + "XML-bestand dat erin zit.");
    }

    @Test
    void anExcelWorkbookIsToBeSavedAsCsv() {
        assertRefused(() -> recognise(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0}, "maart.xlsx"),
                "'maart.xlsx' is een Excel- of rekenbladbestand, geen CSV. Open het in Excel, kies Opslaan als \u2192 "
                        + "'CSV (gescheiden door lijstscheidingsteken)' en upload dat bestand.");
    }

    @Test
    void aBinaryFileIsNotTakenForACsvWithMissingColumns() {
        byte[] pdfLike = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0, 1, 2, 3, (byte) 0xff, (byte) 0xd8, 0, 0, 7};
        assertRefused(() -> recognise(pdfLike, "scan.pdf"),
                "'scan.pdf' is geen tekstbestand: het is geen CSV en geen XML-bericht (misschien een PDF, afbeelding of "
                        + "programma). Upload een CSV-export of een iStandaarden-bericht (JW301, JW323, JW325, WMO301, WMO323 of WMO325).");
    }

    @Test
    void utf16WithOrWithoutByteOrderMarkIsToBeSavedAgain() {
        String expected = "'unicode.csv' is opgeslagen als UTF-16 ('Unicode-tekst'), dat Duiding niet leest. Sla het "
                + "opnieuw op als 'CSV UTF-8 (door komma's gescheiden)' of 'CSV (gescheiden door lijstscheidingsteken)' "
                + "en upload het opnieuw.";
        assertRefused(() -> recognise((HEAD + LINE).getBytes(StandardCharsets.UTF_16LE), "unicode.csv"), expected);
        assertRefused(() -> recognise((HEAD + LINE).getBytes(StandardCharsets.UTF_16), "unicode.csv"), expected);
    }

    @Test
    void aMessageOfRelease31NamesTheReleaseInsteadOfASchemaError() throws IOException {
        String jw323;
        try (InputStream in = getClass().getResourceAsStream("/istandaarden/JW323.xml")) {
            jw323 = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("/3_2/", "/3_1/");
        }
        byte[] old = jw323.getBytes(StandardCharsets.UTF_8);
        String expected = "Dit bericht is van release 3.1 van de iStandaarden; Duiding leest release 3.2. Vraag de aanbieder "
                + "(of de leverancier van het berichtenverkeer) om het bericht volgens release 3.2.";
        assertRefused(() -> recognise(old, "JW323.xml"), expected);
        assertRefused(() -> kinds.recognise(ProductionTestSupport.write(old, ".xml"), "JW323.xml", ImportFormat.JW323), expected);
    }

    @Test
    void aCsvAndARelease32MessagePass() throws IOException {
        assertThat(recognise((HEAD + LINE).getBytes(StandardCharsets.UTF_8), "maart.csv")).isEqualTo(ImportFormat.CSV);
        assertThat(kinds.recognise(ProductionTestSupport.resource("/istandaarden/JW323.xml"), "JW323.xml", ImportFormat.AUTO))
                .isEqualTo(ImportFormat.JW323);
    }

    @Test
    void anUnclosedQuoteNamesItsLine() {
        String csv = HEAD + LINE + LINE.replace("RN1", "RN2") + LINE.replace(";RN1;", ";\"RN3;") + LINE.replace("RN1", "RN4");
        assertRefused(() -> read(csv),
                "Op regel 4 begint een veld met een aanhalingsteken (\") dat nergens meer wordt gesloten, dus de rest van "
                        + "het bestand is niet te lezen. Sluit het aanhalingsteken op die regel of haal het weg, en upload "
                        + "het bestand opnieuw.");
    }

    @Test
    void textAfterAClosingQuoteNamesItsLine() {
        String csv = HEAD + LINE + LINE.replace(";RN1;", ";\"RN2\"x;") + LINE.replace("RN1", "RN3");
        assertRefused(() -> read(csv),
                "Op regel 3 staat na een aanhalingsteken (\") dat een veld sluit nog tekst v\u00f3\u00f3r het scheidingsteken. "
                        + "Een aanhalingsteken binnen een veld schrijft u als twee aanhalingstekens (\"\"); pas die regel "
                        + "aan en upload het bestand opnieuw.");
    }

    @Test
    void aTextWithoutHeaderAsksForTheColumnNames() {
        assertRefused(() -> read(LINE + LINE),
                "De eerste regel is geen kopregel met kolomnamen. Zet de kolomnamen op de eerste regel, gescheiden door "
                        + "puntkomma's: " + String.join(";", CsvDeclarations.REQUIRED) + " (zie de handleiding bij het importeren).");
    }

    private ImportFormat recognise(byte[] content, String name) {
        Path file = ProductionTestSupport.write(content, "-" + name);
        return kinds.recognise(file, name, ImportFormat.AUTO);
    }

    private void read(String csv) throws IOException {
        new CsvDeclarations(reasons).read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), line -> { });
    }

    /** The exact Dutch reason, alone, with nothing of Java or the parser in it. */
    private static void assertRefused(ThrowingCallable call, String expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ImportFailedException.class, e -> {
            assertThat(e.problems()).containsExactly(expected);
            assertThat(e.problems().getFirst()).doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z]\\w*|Exception|EOF|token");
        });
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/production");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
