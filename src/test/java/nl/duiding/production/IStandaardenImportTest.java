package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The published example messages import with the right totals, and their known faults are reported. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ProductionTestSupport.SECRET)
class IStandaardenImportTest {

    @Autowired
    Imports imports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void jw323ImportsTheGoodLinesAndReportsTheDuplicateAndTheMarchPeriod() {
        ImportSummary summary = imports.importFile(ProductionTestSupport.resource("/istandaarden/JW323.xml"), "JW323.xml",
                ImportFormat.AUTO, "test", p -> { });

        assertThat(summary.format()).isEqualTo(ImportFormat.JW323);
        assertThat(summary.accepted()).isEqualTo(4);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.amountCents()).isEqualTo(58_000);
        List<ImportSummary.Rejection> rejections = imports.rejections(summary.id(), 10);
        assertThat(rejections).hasSize(1);
        assertThat(rejections.getFirst().location()).contains("RN004");
        assertThat(rejections.getFirst().reason())
                .contains("Referentienummer RN004 komt dubbel voor")
                .contains("productperiode 01-03-2026 t/m 31-03-2026 valt buiten de declaratieperiode 01-04-2026 t/m 30-04-2026");

        assertThat(jdbc.queryForObject("select sum(amount_cents) from declared_line where import_id = ?", Long.class,
                summary.id())).isEqualTo(58_000);
        assertThat(jdbc.queryForObject("select count(distinct client_pseudonym) from declared_line where import_id = ?",
                Integer.class, summary.id())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select sum(volume) from declared_line where import_id = ? and unit = '04'",
                Long.class, summary.id())).isEqualTo(40);
        assertThat(jdbc.queryForList("select distinct law || ' ' || provider_agb || ' ' || municipality_code "
                + "from declared_line where import_id = ?", String.class, summary.id())).containsExactly("JEUGDWET 65656055 0384");
    }

    @Test
    void wmo323ImportsAllFourLines() {
        ImportSummary summary = imports.importFile(ProductionTestSupport.resource("/istandaarden/WMO323.xml"), "WMO323.xml",
                ImportFormat.WMO323, "test", p -> { });

        assertThat(summary.format()).isEqualTo(ImportFormat.WMO323);
        assertThat(summary.accepted()).isEqualTo(4);
        assertThat(summary.rejected()).isZero();
        assertThat(summary.amountCents()).isEqualTo(58_000);
        assertThat(jdbc.queryForObject("select count(*) from declared_line where import_id = ? and law = 'WMO' "
                + "and product_category = '01'", Integer.class, summary.id())).isEqualTo(4);
    }

    @Test
    void theSameMessageTwiceChangesNothing() {
        var file = ProductionTestSupport.resource("/istandaarden/JW323.xml");
        ImportSummary first = imports.importFile(file, "JW323.xml", ImportFormat.AUTO, "test", p -> { });
        Long lines = jdbc.queryForObject("select count(*) from declared_line", Long.class);

        ImportSummary second = imports.importFile(file, "JW323-again.xml", ImportFormat.AUTO, "test", p -> { });

        assertThat(second.alreadyImported()).isTrue();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(jdbc.queryForObject("select count(*) from declared_line", Long.class)).isEqualTo(lines);
    }

    @Test
    void aMessageThatBreaksItsSchemaIsRefusedAsAWhole() throws Exception {
        String broken = new String(getClass().getResourceAsStream("/istandaarden/WMO323.xml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("<wmo323:Eenheid>04</wmo323:Eenheid>",
                "<wmo323:Eenheid>uur</wmo323:Eenheid>").replace("999900018", "99990001X");
        var file = ProductionTestSupport.write(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8), ".xml");
        Long before = jdbc.queryForObject("select count(*) from production_import", Long.class);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.importFile(file, "kapot.xml", ImportFormat.AUTO,
                        "test", p -> { }))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> assertThat(problem).contains("XSD-schema").contains("regel")));
        assertThat(jdbc.queryForObject("select count(*) from production_import", Long.class)).isEqualTo(before);
    }
    @Test
    void aMessageTotalThatDoesNotMatchItsLinesIsAWarningAndTheSenderIsNamedWhenUnknown() throws Exception {
        String declaration = "DT" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String message = wmo323().replace("DN001", declaration).replace("<iwmo:TotaalBedrag>58000<", "<iwmo:TotaalBedrag>60000<");
        ImportSummary summary = imports.importFile(ProductionTestSupport.write(message.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ".xml"), "WMO323-totaal.xml", ImportFormat.AUTO, "test", p -> { });

        assertThat(summary.accepted()).isEqualTo(4);
        assertThat(summary.amountCents()).isEqualTo(58_000);
        assertThat(imports.warnings(summary.id())).extracting(ImportSummary.Warning::text).contains("Het totaalbedrag van "
                + "declaratie " + declaration + " (" + Money.euros(60_000) + ") is niet gelijk aan de som van de prestaties ("
                + Money.euros(58_000) + "). De prestaties zijn ge\u00efmporteerd zoals ze zijn; vraag de aanbieder om een verklaring.");
        assertThat(imports.warnings(summary.id())).filteredOn(w -> w.providerAgb() != null).singleElement()
                .satisfies(w -> assertThat(w.providerAgb()).isEqualTo("65656055"))
                .satisfies(w -> assertThat(w.text()).startsWith("Afzender 65656055 (4 regels) is geen bekende aanbieder."));
    }

    @Test
    void aMatchingTotalGivesNoWarningAndUnit83WithoutTariffIsAccepted() throws Exception {
        String declaration = "DE" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String message = wmo323().replace("DN001", declaration).replaceFirst(
                "<wmo323:GeleverdVolume>4</wmo323:GeleverdVolume>\\s*<wmo323:Eenheid>04</wmo323:Eenheid>\\s*"
                        + "<wmo323:ProductTarief>1250</wmo323:ProductTarief>",
                "<wmo323:GeleverdVolume>5000</wmo323:GeleverdVolume><wmo323:Eenheid>83</wmo323:Eenheid>");
        assertThat(message).contains("<wmo323:Eenheid>83</wmo323:Eenheid>");
        ImportSummary summary = imports.importFile(ProductionTestSupport.write(message.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ".xml"), "WMO323-euro.xml", ImportFormat.AUTO, "test", p -> { });

        assertThat(summary.rejected()).isZero();
        assertThat(summary.accepted()).isEqualTo(4);
        assertThat(summary.amountCents()).isEqualTo(58_000);
        assertThat(imports.warnings(summary.id())).extracting(ImportSummary.Warning::text).noneMatch(t -> t.contains("totaalbedrag"));
        assertThat(jdbc.queryForObject("select amount_cents from declared_line where import_id = ? and unit = '83'",
                Long.class, summary.id())).isEqualTo(5_000);
    }

    private String wmo323() throws java.io.IOException {
        return new String(getClass().getResourceAsStream("/istandaarden/WMO323.xml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
