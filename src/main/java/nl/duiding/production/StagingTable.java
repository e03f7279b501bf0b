package nl.duiding.production;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The temporary table one import is copied into before anything counts. Checks that need the whole file
 * (a reference number twice, a line already imported earlier) run here in SQL, so memory stays flat in Java.
 * Dropped at commit; a crash leaves nothing behind.
 */
final class StagingTable {

    static final String NAME = "production_staging";
    private static final String KEY = "law, provider_agb, declaration_number, reference_number";

    private final JdbcTemplate jdbc;

    StagingTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void create() {
        // the checks across the file group a million keys; the server's default work_mem (4 MB) sends that to disk
        jdbc.execute("set local work_mem = '" + ColdFigures.WORK_MEM + "'");
        jdbc.execute("create temp table " + NAME + " (position int not null, location text, law text collate \"C\", "
                + "declaration_number text collate \"C\", declaration_start date, declaration_end date, provider_agb text collate \"C\", "
                + "municipality_code text, reference_number text collate \"C\", product_category text, product_code text, "
                + "product_start date, product_end date, volume bigint, unit text, tariff_cents bigint, "
                + "amount_cents bigint, debit_credit text, client_pseudonym text, district_code text, reasons text) "
                + "on commit drop");
    }

    /** Temp tables get no autovacuum statistics; without them the planner guesses badly for a million rows. */
    void analyze() {
        jdbc.execute("analyze " + NAME);
    }

    /**
     * The second and later lines with the same key are rejected; the template takes reference and first location.
     * {@code rejectedOnly} looks only among lines rejected already, for when no accepted line shares a key with another line.
     */
    void markDuplicates(String template, boolean rejectedOnly) {
        String among = rejectedOnly ? " and reasons is not null" : "";
        jdbc.update("with keys as (select " + KEY + " from " + NAME + " where law is not null and provider_agb is not null "
                + "and declaration_number is not null and reference_number is not null" + among + " group by " + KEY
                + " having count(*) > 1), "
                + "d as (select s.position, s.reference_number, first_value(s.location) over w as first_location, "
                + "row_number() over w as n from " + NAME + " s join keys using (" + KEY + ") "
                + "window w as (partition by " + KEY + " order by s.position)) "
                + "update " + NAME + " s set reasons = concat_ws(' ', s.reasons, format(?, d.reference_number, d.first_location)) "
                + "from d where s.position = d.position and d.n > 1", template);
    }

    /**
     * Lines an earlier import already holds are not counted again; the template takes reference and import id.
     * {@code rejectedOnly} as for {@link #markDuplicates}.
     */
    void markAlreadyImported(String template, boolean rejectedOnly) {
        jdbc.update("update " + NAME + " s set reasons = concat_ws(' ', s.reasons, format(?, s.reference_number, l.import_id)) "
                + "from declared_line l where l.law = s.law and l.provider_agb = s.provider_agb "
                + "and l.declaration_number = s.declaration_number and l.reference_number = s.reference_number"
                + (rejectedOnly ? " and s.reasons is not null" : ""), template);
    }

    /** Whether a line accepted so far has the key of a rejected line: then the rejected one may be the first of the two. */
    boolean acceptedShareAKeyWithRejected() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from " + NAME + " a join " + NAME
                + " r using (" + KEY + ") where a.reasons is null and r.reasons is not null)", Boolean.class));
    }

    /**
     * Whether a staged (rejected) line has the key of a line this import already holds in declared_line: then the
     * rejected one may be the first of the two, and the file needs the full check.
     */
    boolean rejectedShareAKeyWith(long importId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from " + NAME + " r join declared_line a "
                + "using (" + KEY + ") where a.import_id = ?)", Boolean.class, importId));
    }

    int insertAccepted(long importId) {
        return jdbc.update("insert into declared_line (import_id, law, declaration_number, declaration_start, "
                + "declaration_end, provider_agb, municipality_code, reference_number, product_category, product_code, "
                + "product_start, product_end, volume, unit, tariff_cents, amount_cents, debit_credit, client_pseudonym, "
                + "district_code) select ?, law, declaration_number, declaration_start, declaration_end, provider_agb, "
                + "municipality_code, reference_number, product_category, product_code, product_start, product_end, "
                + "volume, unit, tariff_cents, amount_cents, debit_credit, client_pseudonym, district_code from " + NAME
                + " where reasons is null", importId);
    }

    int insertRejections(long importId) {
        return jdbc.update("insert into production_rejection (import_id, position, location, reference, reason) "
                + "select ?, row_number() over (order by position), left(coalesce(location, '?'), 200), "
                + "left(reference_number, 40), left(reasons, 2000) "
                + "from " + NAME + " where reasons is not null", importId);
    }

    /**
     * The senders of the accepted lines with how many lines each, their amount, and the months and providers they
     * fall in (for the summary): one pass over the table.
     */
    Accepted accepted() {
        Map<String, Integer> senders = new TreeMap<>();
        Map<Integer, ColdFigures.Touched> touched = new TreeMap<>();
        long[] amount = {0};
        jdbc.query("select provider_agb, extract(year from product_start)::int, extract(month from product_start)::int, "
                + "count(*), coalesce(sum(amount_cents), 0) from " + NAME + " where reasons is null group by 1, 2, 3", rs -> {
            senders.merge(rs.getString(1), rs.getInt(4), Integer::sum);
            touched.computeIfAbsent(rs.getInt(2), ColdFigures.Touched::new).add(rs.getInt(3), rs.getString(1));
            amount[0] += rs.getLong(5);
        });
        return new Accepted(senders, amount[0], List.copyOf(touched.values()));
    }

    record Accepted(Map<String, Integer> senders, long amountCents, List<ColdFigures.Touched> touched) {
    }
}
