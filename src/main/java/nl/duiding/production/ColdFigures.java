package nl.duiding.production;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The declared figures summed ahead of time (table {@code cold_figure}, docs/adr/0016-cold-figures-summary.md): every
 * combination of year, opgave, provider, district and period a page can ask for, with its amount, unique clients,
 * lines and volume per unit. A request reads a handful of rows instead of counting distinct clients over a million
 * lines. The rows are rewritten in the same transaction as whatever changes them: an import, a rollback, a product
 * linked to or unlinked from an opgave; a version mismatch rebuilds them all at start-up.
 */
@Repository
class ColdFigures {

    /** Raise when the summing changes; start-up then rebuilds every row. */
    static final int VERSION = 1;
    /** The key for "every provider" and "every district"; never a valid AGB or CBS code. */
    static final String ALL = "*";
    /** The opgave key for "every line, linked to an opgave or not". */
    static final long EVERY_LINE = 0;

    private static final Logger log = LoggerFactory.getLogger(ColdFigures.class);
    /** Serialises rewrites, so two imports that commit close together never leave a stale summary behind. */
    private static final String LOCK = "select pg_advisory_xact_lock(hashtext('duiding.cold_figure'))";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final CodeLists codes;

    ColdFigures(JdbcTemplate jdbc, TransactionTemplate transaction, CodeLists codes) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.codes = codes;
    }

    /** Brings the summary in line with this version of the code before anything reads or imports. */
    @EventListener(ApplicationStartedEvent.class)
    void checkVersion() {
        List<Integer> built = jdbc.queryForList("select version from cold_figure_state", Integer.class);
        if (built.isEmpty() || built.getFirst() != VERSION) {
            log.info("Cold figures summary out of step (version {} vs {}): rebuilding", built.isEmpty() ? null : built.getFirst(),
                    VERSION);
            rebuild();
        }
    }

    /** Rewrites every row from the declared lines, in one transaction; returns how many rows it wrote. */
    long rebuild() {
        long start = System.nanoTime();
        Long rows = transaction.execute(status -> {
            jdbc.execute(LOCK);
            jdbc.update("delete from cold_figure");
            long written = 0;
            for (int year : jdbc.queryForList("select distinct extract(year from product_start)::int from declared_line",
                    Integer.class)) {
                written += sum(year, null);
            }
            jdbc.update("insert into cold_figure_state (id, version, built_at) values (1, ?, now()) on conflict (id) do "
                    + "update set version = excluded.version, built_at = excluded.built_at", VERSION);
            return written;
        });
        log.info("Cold figures summary rebuilt: {} rows in {} ms", rows, (System.nanoTime() - start) / 1_000_000);
        return rows == null ? 0 : rows;
    }

    /** Years with declared lines, newest first. */
    List<Integer> years() {
        return jdbc.queryForList("select distinct year from cold_figure where opgave_id = " + EVERY_LINE
                + " order by 1 desc", Integer.class);
    }

    /** The years an import's lines fall in; read before a rollback deletes them. */
    List<Integer> yearsOfImport(long importId) {
        return jdbc.queryForList("select distinct extract(year from product_start)::int from declared_line where import_id = ?",
                Integer.class, importId);
    }

    /** Rewrites the rows of these years (every opgave); call inside the transaction that changed their lines. */
    void refreshYears(Collection<Integer> years) {
        jdbc.execute(LOCK);
        for (int year : new TreeSet<>(years)) {
            jdbc.update("delete from cold_figure where year = ?", year);
            sum(year, null);
        }
    }

    /** Rewrites one opgave's rows of every year; call inside the transaction that changed its product links. */
    void refreshOpgave(long opgaveId) {
        jdbc.execute(LOCK);
        jdbc.update("delete from cold_figure where opgave_id = ?", opgaveId);
        for (int year : years()) {
            sum(year, opgaveId);
        }
    }

    /**
     * Sums one year: with {@code opgaveId} null every line once (opgave 0) and once per opgave it counts toward;
     * otherwise only that opgave's rows. Totals and volumes per unit are two statements, so only the totals pay
     * for counting distinct clients.
     */
    private long sum(int year, Long opgaveId) {
        List<Object> args = new ArrayList<>();
        String lines = lines(year, opgaveId, args);
        String grouping = "case when grouping(provider_agb) = 1 then '" + ALL + "' else provider_agb end, "
                + "case when grouping(district_code) = 1 then '" + ALL + "' else district_code end, period";
        String insert = "insert into cold_figure (year, opgave_id, provider_agb, district_code, period, unit, amount_cents, "
                + "clients, lines, volume, tariff_volume) ";
        long written = jdbc.update(insert + "select " + year + ", opgave_id, " + grouping + ", '', sum(amount_cents), "
                + "count(distinct client_pseudonym), count(*), sum(volume), sum(tariff_cents::numeric * volume) from ("
                + lines + ") p group by grouping sets ((opgave_id, period, provider_agb, district_code), "
                + "(opgave_id, period, provider_agb), (opgave_id, period, district_code), (opgave_id, period))",
                args.toArray());
        written += jdbc.update(insert + "select " + year + ", opgave_id, " + grouping + ", unit, sum(amount_cents), 0, "
                + "count(*), sum(volume), sum(tariff_cents::numeric * volume) from (" + lines + ") p "
                + "group by grouping sets ((opgave_id, period, provider_agb, district_code, unit), "
                + "(opgave_id, period, provider_agb, unit), (opgave_id, period, district_code, unit), (opgave_id, period, unit))",
                args.toArray());
        return written;
    }

    /** Every line of the year, once per opgave key it counts under and once per period (month, quarter, year). */
    private static String lines(int year, Long opgaveId, List<Object> args) {
        args.add(Date.valueOf(LocalDate.of(year, 1, 1)));
        args.add(Date.valueOf(LocalDate.of(year + 1, 1, 1)));
        String linked = "select distinct m.opgave_id from opgave_product m where m.law = l.law "
                + "and m.product_category = l.product_category and (m.product_code = '' or m.product_code = l.product_code)";
        String opgaven;
        if (opgaveId == null) {
            opgaven = "select " + EVERY_LINE + "::bigint as opgave_id union all " + linked;
        } else {
            opgaven = linked + " and m.opgave_id = " + opgaveId;
        }
        // byte order ("C") for the columns sorted on: counting distinct clients sorts millions of rows, and a
        // locale-aware comparison made that a third slower
        return "select o.opgave_id, l.provider_agb, coalesce(l.district_code, '') collate \"C\" as district_code, l.unit, "
                + "l.amount_cents, l.client_pseudonym collate \"C\" as client_pseudonym, l.volume, l.tariff_cents, period "
                + "from declared_line l cross join lateral (" + opgaven + ") o "
                + "cross join lateral (values (to_char(l.product_start, 'YYYY-MM')), "
                + "(to_char(l.product_start, 'YYYY-\"Q\"Q')), ('" + year + "')) as periods (period) "
                + "where l.product_start >= ? and l.product_start < ?";
    }

    /** Which rows a figure reads: the filter's year, opgave, provider and district, one key column left free. */
    enum Key {
        PERIOD_MONTH("period", "length(period) = 7 and substr(period, 6, 1) <> 'Q'"),
        PERIOD_QUARTER("period", "substr(period, 6, 1) = 'Q'"),
        PROVIDER("provider_agb", "provider_agb <> '" + ALL + "'"),
        DISTRICT("district_code", "district_code <> '" + ALL + "'"),
        OPGAVE("opgave_id::text", "opgave_id <> " + EVERY_LINE),
        TOTAL("'total'", null);

        private final String column;
        private final String free;

        Key(String column, String free) {
            this.column = column;
            this.free = free;
        }
    }

    /** The figures per key, ordered by key (lines without a district last), each with its volume per unit. */
    List<FigureRow> rows(Key key, FigureFilter filter) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where year = ?");
        args.add(filter.year());
        boolean period = key == Key.PERIOD_MONTH || key == Key.PERIOD_QUARTER;
        if (period) {
            where.append(" and ").append(key.free);
        } else {
            where.append(" and period = ?");
            args.add(Integer.toString(filter.year()));
        }
        if (key != Key.OPGAVE) {
            where.append(" and opgave_id = ?");
            args.add(filter.opgaveId() == null ? EVERY_LINE : filter.opgaveId());
        } else {
            where.append(" and ").append(key.free);
            if (filter.opgaveId() != null) {
                where.append(" and opgave_id = ?");
                args.add(filter.opgaveId());
            }
        }
        constrain(where, args, key == Key.PROVIDER, "provider_agb", filter.providerAgb());
        constrain(where, args, key == Key.DISTRICT, "district_code", filter.districtCode());
        String order = key == Key.DISTRICT ? "district_code = '', district_code" : "k";
        Map<String, Builder> rows = new LinkedHashMap<>();
        jdbc.query("select " + key.column + " as k, unit, amount_cents, clients, lines, volume, tariff_volume from cold_figure"
                + where + " order by " + order + ", unit", rs -> {
            Builder row = rows.computeIfAbsent(rs.getString("k"), Builder::new);
            String unit = rs.getString("unit");
            if (unit.isEmpty()) {
                row.amount = rs.getLong("amount_cents");
                row.clients = rs.getLong("clients");
                row.lines = rs.getLong("lines");
            } else {
                row.volumes.add(FigureRow.UnitVolume.of(unit, codes.unitName(unit), rs.getLong("volume"),
                        rs.getDouble("tariff_volume")));
            }
        }, args.toArray());
        return rows.values().stream().map(Builder::build).toList();
    }

    /** A key column is free (every value but "all"); otherwise it is the filter's value, or "all" without one. */
    private static void constrain(StringBuilder where, List<Object> args, boolean free, String column, String value) {
        if (free) {
            where.append(" and ").append(column).append(" <> '").append(ALL).append("'");
            if (value != null) {
                where.append(" and ").append(column).append(" = ?");
                args.add(value);
            }
        } else {
            where.append(" and ").append(column).append(" = ?");
            args.add(value == null ? ALL : value);
        }
    }

    private static final class Builder {
        private final String key;
        private final List<FigureRow.UnitVolume> volumes = new ArrayList<>();
        private long amount;
        private long clients;
        private long lines;

        Builder(String key) {
            this.key = key;
        }

        FigureRow build() {
            return new FigureRow(key, amount, clients, lines, List.copyOf(volumes));
        }
    }
}
