package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.opgave.Law;
import nl.duiding.platform.Period;

/**
 * The summed figures ({@code cold_figure}) against the same figures counted straight from the declared lines by
 * a plain SQL query written here, after an import, after a product link and unlink, and after a rollback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ProductionTestSupport.SECRET)
class ColdFiguresTest {

    @Autowired
    Imports imports;
    @Autowired
    ProductionFigures figures;
    @Autowired
    OpgaveBudgets budgets;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CodeLists codes;

    @Test
    void everyFigureEqualsTheLinesCountedDirectlyThroughImportLinkUnlinkAndRollback() {
        String agbA = ProductionTestSupport.uniqueAgb();
        String agbB = ProductionTestSupport.uniqueAgb();
        long opgave = jdbc.queryForObject("insert into opgave (name, law, description) values ('Koude cijfers test', "
                + "'JEUGDWET', 'test') returning id", Long.class);
        // a client in two months of one quarter (one client in the quarter), a credit line, two units, a line
        // without district, two providers sharing a client, and lines in two years
        String csv = CsvImportTest.HEADER
                + line(agbA, "R1", "999900006", "45", "45A03", "2025-11-03", "4", "04", "87,50", "350,00", "D", "WK050501")
                + line(agbA, "R2", "999900006", "45", "45A03", "2026-01-05", "4", "04", "87,50", "350,00", "D", "WK050501")
                + line(agbA, "R3", "999900006", "45", "45A03", "2026-02-02", "2", "04", "87,50", "175,00", "D", "WK050501")
                + line(agbA, "R4", "999900018", "45", "45A03", "2026-02-02", "1", "04", "87,50", "87,50", "C", "WK050502")
                + line(agbA, "R5", "999900018", "43", "", "2026-02-09", "3", "14", "100,00", "300,00", "D", "")
                + line(agbB, "R6", "999900018", "45", "45A03", "2026-05-04", "10", "04", "60,00", "600,00", "D", "WK050502")
                + line(agbB, "R7", "999900031", "43", "", "2026-05-04", "2", "14", "125,00", "250,00", "D", "WK050503");
        ImportSummary imported = imports.importFile(ProductionTestSupport.write(csv.getBytes(StandardCharsets.ISO_8859_1),
                ".csv"), "koude-cijfers.csv", ImportFormat.CSV, "test", p -> { });
        assertThat(imported.accepted()).isEqualTo(7);

        assertEveryFigureMatches(opgave, agbA, agbB);
        assertThat(figures.perPeriod(new FigureFilter(2026, null, agbA, Period.Grouping.QUARTER)))
                .singleElement().satisfies(q -> {
                    assertThat(q.key()).isEqualTo("2026-Q1");
                    assertThat(q.clients()).isEqualTo(2);
                    assertThat(q.amountCents()).isEqualTo(35_000 + 17_500 - 8_750 + 30_000);
                });

        try {
            linkUnlinkAndRollBack(opgave, agbA, agbB, imported.id());
        } finally {
            budgets.links(opgave).forEach(link -> budgets.unlink(opgave, link));
            jdbc.update("delete from opgave where id = ?", opgave);
        }
    }

    @Test
    void anImportRewritesOnlyTheRowsOfTheMonthsAndProvidersItTouches() {
        String agbA = ProductionTestSupport.uniqueAgb();
        String agbB = ProductionTestSupport.uniqueAgb();
        long opgave = jdbc.queryForObject("insert into opgave (name, law, description) values ('Alleen geraakt test', "
                + "'JEUGDWET', 'test') returning id", Long.class);
        try {
            budgets.link(opgave, Law.JEUGDWET, "45", null);
            String first = CsvImportTest.HEADER
                    + line(agbA, "T1", "999900006", "45", "45A03", "2026-01-05", "4", "04", "87,50", "350,00", "D", "WK050501")
                    + line(agbA, "T2", "999900018", "45", "45A03", "2026-05-04", "2", "04", "87,50", "175,00", "D", "WK050502")
                    + line(agbB, "T3", "999900006", "43", "", "2026-02-02", "3", "14", "100,00", "300,00", "D", "WK050501");
            imports.importFile(ProductionTestSupport.write(first.getBytes(StandardCharsets.ISO_8859_1), ".csv"),
                    "geraakt-1.csv", ImportFormat.CSV, "test", p -> { });
            // marks on two rows the second import does not touch: provider B, and provider A's May
            markRow(agbB, "2026-02", 1000);
            markRow(agbA, "2026-05", 1000);
            String second = CsvImportTest.HEADER
                    + line(agbA, "T4", "999900018", "45", "45A03", "2026-01-12", "1", "04", "87,50", "87,50", "D", "WK050502")
                    + line(agbA, "T5", "999900031", "45", "45A03", "2026-01-19", "2", "04", "87,50", "175,00", "D", "");
            ImportSummary imported = imports.importFile(ProductionTestSupport.write(
                    second.getBytes(StandardCharsets.ISO_8859_1), ".csv"), "geraakt-2.csv", ImportFormat.CSV, "test", p -> { });
            assertThat(imported.accepted()).isEqualTo(2);

            assertThat(markedLines(agbB, "2026-02")).as("provider B's row, not touched").isEqualTo(1 + 1000);
            assertThat(markedLines(agbA, "2026-05")).as("provider A's May, not touched").isEqualTo(1 + 1000);
            assertThat(markedLines(agbA, "2026-01")).as("provider A's January, rewritten").isEqualTo(3);
            markRow(agbB, "2026-02", -1000);
            markRow(agbA, "2026-05", -1000);
            assertEveryFigureMatches(opgave, agbA, agbB);

            assertThat(imports.rollBack(imported.id())).isTrue();
            assertEveryFigureMatches(opgave, agbA, agbB);
        } finally {
            budgets.links(opgave).forEach(link -> budgets.unlink(opgave, link));
            jdbc.update("delete from opgave where id = ?", opgave);
        }
    }

    /** Adds to the line count of a provider's month in every row of it (every opgave, district and unit). */
    private void markRow(String agb, String month, int lines) {
        jdbc.update("update cold_figure set lines = lines + ? where year = 2026 and provider_agb = ? and period = ?",
                lines, agb, month);
    }

    private long markedLines(String agb, String month) {
        return jdbc.queryForObject("select lines from cold_figure where year = 2026 and opgave_id = 0 and provider_agb = ? "
                + "and district_code = '*' and period = ? and unit = ''", Long.class, agb, month);
    }

    private void linkUnlinkAndRollBack(long opgave, String agbA, String agbB, long importId) {
        budgets.link(opgave, Law.JEUGDWET, "45", "45A03");
        assertEveryFigureMatches(opgave, agbA, agbB);
        assertThat(amount(opgave, agbA) + amount(opgave, agbB)).isEqualTo(35_000 + 17_500 - 8_750 + 60_000);

        budgets.link(opgave, Law.JEUGDWET, "43", null);
        assertEveryFigureMatches(opgave, agbA, agbB);
        budgets.unlink(opgave, new OpgaveBudgets.ProductLink(Law.JEUGDWET, "45", "45A03"));
        assertEveryFigureMatches(opgave, agbA, agbB);
        assertThat(amount(opgave, agbA) + amount(opgave, agbB)).isEqualTo(30_000 + 25_000);

        assertThat(imports.rollBack(importId)).isTrue();
        assertEveryFigureMatches(opgave, agbA, agbB);
        assertThat(figures.total(new FigureFilter(2026, null, agbA, Period.Grouping.MONTH)).lines()).isZero();
        assertThat(figures.perProvider(new FigureFilter(2026, null, null, null))).extracting(FigureRow::key)
                .doesNotContain(agbA, agbB);
    }

    private long amount(long opgave, String agb) {
        return figures.total(new FigureFilter(2026, opgave, agb, Period.Grouping.MONTH)).amountCents();
    }

    private void assertEveryFigureMatches(long opgave, String agbA, String agbB) {
        for (int year : List.of(2025, 2026)) {
            for (Long opgaveId : new Long[] {null, opgave}) {
                for (String agb : new String[] {null, agbA, agbB}) {
                    for (String district : new String[] {null, "WK050502"}) {
                        for (Period.Grouping per : Period.Grouping.values()) {
                            FigureFilter filter = new FigureFilter(year, opgaveId, agb, per, district);
                            String period = per == Period.Grouping.QUARTER
                                    ? "to_char(l.product_start, 'YYYY-\"Q\"Q')" : "to_char(l.product_start, 'YYYY-MM')";
                            assertThat(figures.perPeriod(filter)).as("per period " + filter)
                                    .isEqualTo(direct(period, "", filter));
                            assertThat(figures.perProvider(filter)).as("per provider " + filter)
                                    .isEqualTo(direct("l.provider_agb", "", filter));
                            assertThat(figures.perDistrict(filter)).as("per district " + filter)
                                    .isEqualTo(direct("l.district_code", "", filter));
                            assertThat(figures.perOpgave(filter)).as("per opgave " + filter)
                                    .isEqualTo(direct("o.opgave_id::text", "cross join lateral (select distinct m.opgave_id "
                                            + "from opgave_product m where m.law = l.law and m.product_category = "
                                            + "l.product_category and (m.product_code = '' or m.product_code = "
                                            // filtered on one opgave, the table shows that opgave only, also for
                                            // lines another test's opgave links as well
                                            + "l.product_code)" + (opgaveId == null ? "" : " and m.opgave_id = " + opgaveId)
                                            + ") o", filter));
                            List<FigureRow> total = direct("'total'", "", filter);
                            assertThat(figures.total(filter)).as("total " + filter)
                                    .isEqualTo(total.isEmpty() ? new FigureRow("total", 0, 0, 0, List.of()) : total.getFirst());
                        }
                    }
                }
            }
        }
    }

    /** The figures counted from the lines themselves, in one straightforward query per key. */
    private List<FigureRow> direct(String key, String join, FigureFilter filter) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where l.product_start >= ? and l.product_start < ?");
        args.add(Date.valueOf(LocalDate.of(filter.year(), 1, 1)));
        args.add(Date.valueOf(LocalDate.of(filter.year() + 1, 1, 1)));
        if (filter.providerAgb() != null) {
            where.append(" and l.provider_agb = ?");
            args.add(filter.providerAgb());
        }
        if (filter.districtCode() != null) {
            where.append(" and l.district_code = ?");
            args.add(filter.districtCode());
        }
        if (filter.opgaveId() != null) {
            where.append(" and exists (select 1 from opgave_product m where m.opgave_id = ? and m.law = l.law "
                    + "and m.product_category = l.product_category and (m.product_code = '' or m.product_code = l.product_code))");
            args.add(filter.opgaveId());
        }
        Map<String, long[]> totals = new LinkedHashMap<>();
        jdbc.query("select coalesce(" + key + ", '') as k, sum(amount_cents), count(distinct client_pseudonym), count(*) "
                + "from declared_line l " + join + where + " group by 1 order by coalesce(" + key + ", '') = '', 1", rs -> {
            totals.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        }, args.toArray());
        Map<String, List<FigureRow.UnitVolume>> volumes = new LinkedHashMap<>();
        jdbc.query("select coalesce(" + key + ", '') as k, unit, sum(volume), sum(tariff_cents * volume) "
                + "from declared_line l " + join + where + " group by 1, 2 order by 1, 2", rs -> {
            long volume = rs.getLong(3);
            volumes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new FigureRow.UnitVolume(rs.getString(2),
                    codes.unitName(rs.getString(2)), volume, volume == 0 ? 0 : Math.round(rs.getDouble(4) / volume)));
        }, args.toArray());
        List<FigureRow> rows = new ArrayList<>();
        totals.forEach((k, t) -> rows.add(new FigureRow(k, t[0], t[1], t[2], volumes.getOrDefault(k, List.of()))));
        return rows;
    }

    private static String line(String agb, String reference, String bsn, String category, String code, String start,
                               String volume, String unit, String tariff, String amount, String debitCredit, String district) {
        String date = LocalDate.parse(start).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        String end = LocalDate.parse(start).plusDays(4).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        return String.join(";", "Jeugdwet", "D-" + reference, date, end, agb, "0505", reference, bsn, category, code, date,
                end, volume, unit, tariff, amount, debitCredit, district, "") + "\r\n";
    }
}
