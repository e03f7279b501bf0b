package nl.duiding.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.duiding.TestFixtures;
import nl.duiding.opgave.Law;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.production.ImportFormat;
import nl.duiding.production.Imports;
import nl.duiding.production.OpgaveBudgets;

/**
 * The effect chain of a council report covers the report's own months and district: not the whole year, not the
 * other districts. Unique clients are counted once over the period.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "duiding.pseudonym.secret=test-only-pseudonym-secret-2026")
class EffectChainSectionTest {

    static final String HEADER = "Wet;DeclaratieNummer;Declaratie_Begin;Declaratie_Eind;AGB_Code;Gemeentecode;"
            + "Referentienummer;BSN;Productcategorie;Productcode;Product_Begin;Product_Eind;Volume;Eenheid;Tarief;"
            + "Bedrag;Debet_Credit;Wijk;Opmerking\r\n";

    @Autowired
    TestFixtures fixtures;
    @Autowired
    OpgaveCatalog catalog;
    @Autowired
    OpgaveBudgets budgets;
    @Autowired
    Imports imports;
    @Autowired
    CouncilReports reports;

    @Test
    void theChainCoversTheReportsMonthsAndDistrictOnly() throws Exception {
        TestFixtures.World world = fixtures.world();
        catalog.saveDistrict("WK050502", "Noord", "0505");
        String agb = catalog.provider(world.providerId()).orElseThrow().agbCode();
        budgets.link(world.opgaveId(), Law.JEUGDWET, "45", null);
        budgets.setBudget(world.opgaveId(), YearMonth.of(2026, 1), 50_000);
        budgets.setBudget(world.opgaveId(), YearMonth.of(2026, 4), 100_000);
        String csv = HEADER
                + line(agb, "E1", "999900006", "2026-02-02", "1", "100,00", "WK050501")
                + line(agb, "E2", "999900006", "2026-04-06", "4", "87,50", "WK050501")
                + line(agb, "E3", "999900018", "2026-05-04", "2", "87,50", "WK050501")
                + line(agb, "E4", "999900031", "2026-05-04", "10", "60,00", "WK050502");
        Path file = Files.createTempFile("duiding-test-", ".csv");
        Files.writeString(file, csv, StandardCharsets.ISO_8859_1);
        assertThat(imports.importFile(file, "effectketen.csv", ImportFormat.CSV, "test", p -> { }).accepted()).isEqualTo(4);

        // the second quarter in one district: 350,00 + 175,00; the budget of April only
        Element quarter = chain(new ReportScope(world.opgaveId(), world.providerId(), "WK050501",
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
        assertThat(quarter.text()).contains("april 2026 tot en met juni 2026", "525,00", "1.000,00")
                .doesNotContain("625,00", "1.125,00");
        assertThat(quarter.select("table").last().select("th[scope=row]").eachText()).containsExactly("2026-04", "2026-05");

        // a span that is no quarter or year, every district: February to May, counted from the lines
        Element span = chain(new ReportScope(world.opgaveId(), world.providerId(), null,
                LocalDate.of(2026, 2, 15), LocalDate.of(2026, 5, 20)));
        // published amounts have three significant digits (ADR 0017): 1.225,00 is published as 1.230,00
        assertThat(span.text()).contains("februari 2026 tot en met mei 2026", "1.230,00", "1.000,00");
        assertThat(span.select("table").last().select("th[scope=row]").eachText())
                .containsExactly("2026-02", "2026-04", "2026-05");

        // the budget share compares the months that have a budget only: April's 350,00 against April's 1.000,00, not
        // February–May's 1.225,00 against it (it said 123%; issue 15)
        Element whole = chain(new ReportScope(world.opgaveId(), null, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 31)));
        // (other tests' declarations in product category 45 may also count toward this opgave, so the exact
        // percentage is not fixed here; the rule is: only the budgeted month, and said so)
        assertThat(whole.text()).containsPattern("Deel van het budget \\d+% \\(alleen de 1 van 4 maanden met een budget\\)")
                .doesNotContain("123%");
    }

    /**
     * Toewijzingen and the answer to a declaration reach the report only through the disclosure policy: one client with
     * a toewijzing is published as "< 8", approved and rejected amounts with three significant digits. The published
     * JW301, JW323 and JW325 examples, made the messages of this report's provider: RN004's 240,00 approved, RN001-RN003
     * (50,00 + 240,00 + 50,00) rejected.
     */
    @Test
    void toewijzingenAndAnswersAreDisclosedLikeEveryFigure() throws Exception {
        TestFixtures.World world = fixtures.world();
        String agb = catalog.provider(world.providerId()).orElseThrow().agbCode();
        // product codes of this test only, so no other test's lines count toward this opgave
        String prefix = java.util.UUID.randomUUID().toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT);
        java.util.Map<String, String> codes = java.util.Map.of("45A03", prefix + "1", "45A04", prefix + "2",
                "55A11", prefix + "3", "55A12", prefix + "4");
        codes.forEach((example, code) -> budgets.link(world.opgaveId(), Law.JEUGDWET, example.substring(0, 2), code));
        for (String[] message : new String[][] {{"JW301.xml", "42420001"}, {"JW323.xml", "65656055"}, {"JW325.xml", "65656055"}}) {
            String text;
            try (var in = getClass().getResourceAsStream("/istandaarden/" + message[0])) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(message[1], agb);
            }
            for (var code : codes.entrySet()) {
                text = text.replace(">" + code.getKey() + "<", ">" + code.getValue() + "<");
            }
            Path file = Files.createTempFile("duiding-test-", ".xml");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            imports.importFile(file, message[0], ImportFormat.AUTO, "test", p -> { });
        }

        Element chain = chain(new ReportScope(world.opgaveId(), world.providerId(), null,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));

        assertThat(chain.select("tr").eachText()).contains("Cliënten met een toewijzing < 8",
                "Goedgekeurd bedrag € 240,00", "Afgewezen bedrag € 340,00");
    }

    private Element chain(ReportScope scope) {
        long id = reports.create(scope, "Effectketen", "test");
        return Jsoup.parse(reports.document(id).orElseThrow().html()).selectFirst("#effectketen");
    }

    private static String line(String agb, String reference, String bsn, String start, String volume, String tariff,
                               String district) {
        LocalDate day = LocalDate.parse(start);
        java.time.format.DateTimeFormatter dutch = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
        String amount = new java.math.BigDecimal(tariff.replace(',', '.')).multiply(new java.math.BigDecimal(volume))
                .setScale(2).toPlainString().replace('.', ',');
        return String.join(";", "Jeugdwet", "D-" + reference, day.format(dutch), day.plusDays(4).format(dutch), agb, "0505",
                reference, bsn, "45", "45A03", day.format(dutch), day.plusDays(4).format(dutch), volume, "04", tariff, amount,
                "D", district, "") + "\r\n";
    }
}
