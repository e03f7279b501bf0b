package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** CSV as Dutch Excel writes it, idempotency, rollback and a crash half-way, against the real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ProductionTestSupport.SECRET)
class CsvImportTest {

    static final String HEADER = "Wet;DeclaratieNummer;Declaratie_Begin;Declaratie_Eind;AGB_Code;Gemeentecode;"
            + "Referentienummer;BSN;Productcategorie;Productcode;Product_Begin;Product_Eind;Volume;Eenheid;Tarief;"
            + "Bedrag;Debet_Credit;Wijk;Opmerking\r\n";

    @Autowired
    Imports imports;
    @Autowired
    JdbcTemplate jdbc;

    /**
     * A reference twice in a file is refused on its later line, naming the first, whether the first was accepted or
     * refused itself, and whichever way the import checks (the insert first, or every key grouped first).
     */
    @Test
    void aReferenceTwiceIsRefusedOnItsLaterLineWhetherTheFirstWasAcceptedOrNot() {
        String agb = ProductionTestSupport.uniqueAgb();
        String bsn = "Het BSN is ongeldig (voldoet niet aan de 11-proef); het is niet opgeslagen.";
        // the first line refused, the second otherwise good
        assertThat(rejections(agb, twice(agb, "R1", "123456789", "999900006"), 0))
                .containsExactly(Map.entry("regel 2", bsn),
                        Map.entry("regel 3", "Referentienummer R1 komt dubbel voor in dit bestand (eerder op regel 2)."));
        // both refused: the later one gets both reasons
        assertThat(rejections(agb, twice(agb, "R2", "123456789", "123456789") + line(agb, "R3", "999900018"), 1))
                .containsExactly(Map.entry("regel 2", bsn), Map.entry("regel 3",
                        bsn + " Referentienummer R2 komt dubbel voor in dit bestand (eerder op regel 2)."));
        // both good: the first counts
        assertThat(rejections(agb, twice(agb, "R4", "999900006", "999900018"), 1))
                .containsExactly(Map.entry("regel 3", "Referentienummer R4 komt dubbel voor in dit bestand (eerder op regel 2)."));
        assertThat(jdbc.queryForList("select reference_number from declared_line where provider_agb = ? order by 1",
                String.class, agb)).containsExactly("R3", "R4");
    }

    private Map<String, String> rejections(String agb, String lines, int accepted) {
        ImportSummary imported = imports.importFile(ProductionTestSupport.write((HEADER + lines).getBytes(
                StandardCharsets.UTF_8), ".csv"), "dubbel.csv", ImportFormat.CSV, "test", p -> { });
        assertThat(imported.accepted()).isEqualTo(accepted);
        Map<String, String> reasons = new java.util.LinkedHashMap<>();
        imports.rejections(imported.id(), 10).forEach(r -> reasons.put(r.location(), r.reason()));
        return reasons;
    }

    private static String twice(String agb, String reference, String firstBsn, String secondBsn) {
        return line(agb, reference, firstBsn) + line(agb, reference, secondBsn);
    }

    private static String line(String agb, String reference, String bsn) {
        return "Jeugdwet;D-1;01-04-2026;30-04-2026;" + agb + ";0505;" + reference + ";" + bsn
                + ";45;45A03;01-04-2026;30-04-2026;4;04;87,50;350,00;D;WK050501;\r\n";
    }

    /**
     * The quick way holds refused lines in memory up to a bound; a file with more is imported the staged way, with
     * every refusal on its own line and every good line counted once.
     */
    @Test
    void moreRefusedLinesThanTheQuickWayHoldsAreAllReportedOnTheirLines() {
        String agb = ProductionTestSupport.uniqueAgb();
        int refused = ImportRun.HELD_REJECTED + 2;
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < refused; i++) {
            csv.append(line(agb, "X" + i, "123456789")).append(line(agb, "G" + i, "999900006"));
        }
        ImportSummary imported = imports.importFile(ProductionTestSupport.write(csv.toString().getBytes(
                StandardCharsets.UTF_8), ".csv"), "veel-fout.csv", ImportFormat.CSV, "test", p -> { });

        assertThat(imported.accepted()).isEqualTo(refused);
        assertThat(imported.rejected()).isEqualTo(refused);
        assertThat(totals(agb)).containsEntry("amount", 35_000L * refused);
        assertThat(jdbc.queryForList("select location from production_rejection where import_id = ? order by position",
                String.class, imported.id())).hasSize(refused).startsWith("regel 2", "regel 4").endsWith("regel " + 2 * refused);
        assertThat(imports.rejections(imported.id(), 1).getFirst().reason())
                .isEqualTo("Het BSN is ongeldig (voldoet niet aan de 11-proef); het is niet opgeslagen.");
    }

    @Test
    void windows1252WithSemicolonsAndDecimalCommasImportsCorrectlyAndTwiceGivesTheSameTotals() {
        String agb = ProductionTestSupport.uniqueAgb();
        String csv = HEADER
                + "Jeugdwet;D-é1;01-04-2026;30-04-2026;" + agb + ";0505;RN-é1;999900006;45;45A03;01-04-2026;30-04-2026;4;04;87,50;350,00;D;WK050501;Cliënt één\r\n"
                + "Jeugdwet;D-é1;01-04-2026;30-04-2026;" + agb + ";0505;RN-é2;999900018;45;45A03;01-04-2026;30-04-2026;10;04;87,50;875,00;D;WK050502;café\r\n"
                + "Jeugdwet;D-é1;01-04-2026;30-04-2026;" + agb + ";0505;RN-é3;999900006;43;;01-04-2026;30-04-2026;2;14;1.250,25;2.500,50;D;;\r\n"
                + "Jeugdwet;D-é1;01-04-2026;30-04-2026;" + agb + ";0505;RN-é4;999900006;45;45A03;01-04-2026;30-04-2026;1;04;87,50;87,50;C;WK050501;credit\r\n"
                + "Jeugdwet;D-é1;01-04-2026;30-04-2026;" + agb + ";0505;RN-é5;123456789;45;45A03;01-04-2026;30-04-2026;1;04;87,50;87,50;D;;fout bsn\r\n"
                + "Jeugdwet;D-é1;01-04-2026;30-04-2026;" + agb + ";0505;RN-é6;999900018;45;45A03;01-04-2026;30-04-2026;3;04;87,50;200,00;D;;fout bedrag\r\n";
        byte[] bytes = csv.getBytes(Charset.forName("windows-1252"));

        ImportSummary first = imports.importFile(ProductionTestSupport.write(bytes, ".csv"), "export.csv",
                ImportFormat.AUTO, "test", p -> { });

        assertThat(first.format()).isEqualTo(ImportFormat.CSV);
        assertThat(first.accepted()).isEqualTo(4);
        assertThat(first.rejected()).isEqualTo(2);
        long expected = 35_000 + 87_500 + 250_050 - 8_750;
        assertThat(first.amountCents()).isEqualTo(expected);
        assertThat(totals(agb)).containsEntry("amount", expected).containsEntry("clients", 2L).containsEntry("volume04", 13L);
        assertThat(jdbc.queryForList("select reference_number from declared_line where provider_agb = ? order by 1",
                String.class, agb)).containsExactly("RN-é1", "RN-é2", "RN-é3", "RN-é4");
        assertThat(imports.rejections(first.id(), 10)).extracting(ImportSummary.Rejection::location)
                .containsExactly("regel 6", "regel 7");
        assertThat(imports.rejections(first.id(), 10).get(0).reason()).contains("11-proef").doesNotContain("123456789");

        ImportSummary second = imports.importFile(ProductionTestSupport.write(bytes, ".csv"), "export (1).csv",
                ImportFormat.CSV, "test", p -> { });

        assertThat(second.alreadyImported()).isTrue();
        assertThat(totals(agb)).containsEntry("amount", expected).containsEntry("clients", 2L);
    }

    @Test
    void progressNamesEveryStepInOrderAndTheBarIsFullOnceTheFileIsRead() {
        String agb = ProductionTestSupport.uniqueAgb();
        String csv = HEADER + "Jeugdwet;D-p1;01-04-2026;30-04-2026;" + agb + ";0505;RN-p1;999900006;45;45A03;01-04-2026;"
                + "30-04-2026;4;04;87,50;350,00;D;WK050501;\r\n";
        java.util.List<ImportProgress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        imports.importFile(ProductionTestSupport.write(csv.getBytes(Charset.forName("windows-1252")), ".csv"),
                "voortgang.csv", ImportFormat.CSV, "test", seen::add);

        assertThat(seen.stream().map(ImportProgress::phase).distinct()).containsExactly(ImportProgress.Phase.READING,
                ImportProgress.Phase.CHECKING, ImportProgress.Phase.SAVING, ImportProgress.Phase.SUMMING);
        assertThat(seen.getLast().percent()).isEqualTo(100);
        assertThat(seen.getLast().lines()).isEqualTo(1);
    }

    @Test
    void utf8WithBomCommasAndDecimalPointsAndLinesAlreadyImportedByAnotherFileAreNotCountedTwice() {
        String agb = ProductionTestSupport.uniqueAgb();
        String line = "wmo,D2,2026-05-01,2026-05-31," + agb + ",0505,R1,999900006,02,02A01,2026-05-01,2026-05-31,8,04,60.00,480.00,D,WK050503\n";
        String header = "wet,declaratienummer,declaratie_begin,declaratie_eind,agb_code,gemeentecode,referentienummer,bsn,"
                + "productcategorie,productcode,product_begin,product_eind,volume,eenheid,tarief,bedrag,debet_credit,wijk\n";
        ImportSummary first = imports.importFile(ProductionTestSupport.write(("\ufeff" + header + line)
                .getBytes(StandardCharsets.UTF_8), ".csv"), "a.csv", ImportFormat.AUTO, "test", p -> { });
        ImportSummary overlapping = imports.importFile(ProductionTestSupport.write((header + line + line.replace(",R1,", ",R2,"))
                .getBytes(StandardCharsets.UTF_8), ".csv"), "b.csv", ImportFormat.AUTO, "test", p -> { });

        assertThat(first.accepted()).isEqualTo(1);
        assertThat(overlapping.accepted()).isEqualTo(1);
        assertThat(overlapping.rejected()).isEqualTo(1);
        assertThat(imports.rejections(overlapping.id(), 10).getFirst().reason()).contains("al ge\u00efmporteerd (import " + first.id());
        assertThat(totals(agb)).containsEntry("amount", 96_000L);
    }

    @Test
    void rollbackRemovesTheWholeImportAndAllowsItAgain() {
        String agb = ProductionTestSupport.uniqueAgb();
        byte[] bytes = (HEADER + "WMO;D3;2026-06-01;2026-06-30;" + agb + ";0505;R1;999900006;07;;2026-06-01;2026-06-30;4;16;45,00;180,00;D;;\r\n"
                + "WMO;D3;2026-06-01;2026-06-30;" + agb + ";0505;R2;999900018;07;;2026-06-01;2026-06-30;4;16;45,00;180,00;D;;\r\n")
                .getBytes(StandardCharsets.UTF_8);
        ImportSummary imported = imports.importFile(ProductionTestSupport.write(bytes, ".csv"), "r.csv", ImportFormat.CSV, "test", p -> { });
        assertThat(totals(agb)).containsEntry("amount", 36_000L);

        assertThat(imports.rollBack(imported.id())).isTrue();

        assertThat(totals(agb)).containsEntry("amount", 0L).containsEntry("clients", 0L);
        assertThat(imports.find(imported.id()).orElseThrow().status()).isEqualTo(ImportSummary.Status.ROLLED_BACK);
        assertThat(imports.rollBack(imported.id())).isFalse();
        ImportSummary again = imports.importFile(ProductionTestSupport.write(bytes, ".csv"), "r.csv", ImportFormat.CSV, "test", p -> { });
        assertThat(again.alreadyImported()).isFalse();
        assertThat(totals(agb)).containsEntry("amount", 36_000L);
    }

    @Test
    void aCrashHalfWayLeavesNothing() {
        String agb = ProductionTestSupport.uniqueAgb();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 25_000; i++) {
            csv.append("WMO;D4;2026-06-01;2026-06-30;").append(agb).append(";0505;R").append(i)
                    .append(";999900006;07;;2026-06-01;2026-06-30;1;16;45,00;45,00;D;;\r\n");
        }
        Long importsBefore = jdbc.queryForObject("select count(*) from production_import", Long.class);

        assertThatThrownBy(() -> imports.importFile(ProductionTestSupport.write(csv.toString().getBytes(StandardCharsets.UTF_8),
                ".csv"), "crash.csv", ImportFormat.CSV, "test", progress -> {
                    if (progress.lines() >= 20_000) {
                        throw new IllegalStateException("simulated crash after " + progress.lines() + " lines");
                    }
                })).hasMessageContaining("simulated crash");

        assertThat(totals(agb)).containsEntry("amount", 0L);
        assertThat(jdbc.queryForObject("select count(*) from production_import", Long.class)).isEqualTo(importsBefore);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefused() {
        byte[] bytes = "wet;bedrag\nJW;12,00\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.importFile(ProductionTestSupport.write(bytes, ".csv"), "x.csv", ImportFormat.CSV,
                "test", p -> { })).isInstanceOfSatisfying(ImportFailedException.class,
                e -> assertThat(e.problems().getFirst()).contains("declaratienummer").contains("bsn"));
    }

    private Map<String, Long> totals(String agb) {
        return jdbc.queryForObject("select coalesce(sum(amount_cents), 0) as amount, count(distinct client_pseudonym) as clients, "
                + "coalesce(sum(volume) filter (where unit = '04'), 0) as volume04 from declared_line where provider_agb = ?",
                (rs, n) -> Map.of("amount", rs.getLong(1), "clients", rs.getLong(2), "volume04", rs.getLong(3)), agb);
    }
}
