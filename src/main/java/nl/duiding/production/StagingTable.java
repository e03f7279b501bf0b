package nl.duiding.production;

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

    /** The second and later lines with the same key are rejected; the template takes reference and first location. */
    void markDuplicates(String template) {
        jdbc.update("with keys as (select " + KEY + " from " + NAME + " where law is not null and provider_agb is not null "
                + "and declaration_number is not null and reference_number is not null group by " + KEY
                + " having count(*) > 1), "
                + "d as (select s.position, s.reference_number, first_value(s.location) over w as first_location, "
                + "row_number() over w as n from " + NAME + " s join keys using (" + KEY + ") "
                + "window w as (partition by " + KEY + " order by s.position)) "
                + "update " + NAME + " s set reasons = concat_ws(' ', s.reasons, format(?, d.reference_number, d.first_location)) "
                + "from d where s.position = d.position and d.n > 1", template);
    }

    /** Lines an earlier import already holds are not counted again; the template takes reference and import id. */
    void markAlreadyImported(String template) {
        jdbc.update("update " + NAME + " s set reasons = concat_ws(' ', s.reasons, format(?, s.reference_number, l.import_id)) "
                + "from declared_line l where l.law = s.law and l.provider_agb = s.provider_agb "
                + "and l.declaration_number = s.declaration_number and l.reference_number = s.reference_number", template);
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

    /** The senders of the accepted lines, with how many lines each. */
    Map<String, Integer> acceptedSenders() {
        Map<String, Integer> senders = new TreeMap<>();
        jdbc.query("select provider_agb, count(*) from " + NAME + " where reasons is null group by provider_agb",
                rs -> {
                    senders.put(rs.getString(1), rs.getInt(2));
                });
        return senders;
    }

    long acceptedAmount() {
        Long amount = jdbc.queryForObject("select coalesce(sum(amount_cents), 0) from " + NAME + " where reasons is null",
                Long.class);
        return amount == null ? 0 : amount;
    }
}
