package nl.duiding.production;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    /** Memory per hash table of the summing, for its transaction only. */
    static final String WORK_MEM = "64MB";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final CodeLists codes;
    private final ColdFigureSums sums;

    ColdFigures(JdbcTemplate jdbc, TransactionTemplate transaction, CodeLists codes, ColdFigureSums sums) {
        this.sums = sums;
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
            lockAndSizeMemory();
            jdbc.update("delete from cold_figure");
            long written = 0;
            for (int year : jdbc.queryForList("select distinct extract(year from product_start)::int from declared_line",
                    Integer.class)) {
                written += sums.rewrite(ColdFigureSums.Scope.year(year));
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

    /** The months and providers an import's lines fall in, per year; read before a rollback deletes them. */
    List<Touched> touchedBy(long importId) {
        Map<Integer, Touched> years = new TreeMap<>();
        jdbc.query("select distinct extract(year from product_start)::int, extract(month from product_start)::int, "
                + "provider_agb from declared_line where import_id = ?", rs -> {
            years.computeIfAbsent(rs.getInt(1), Touched::new).add(rs.getInt(2), rs.getString(3));
        }, importId);
        return List.copyOf(years.values());
    }

    /**
     * Rewrites only the rows these months and providers are in: the providers' own rows and the rows for every
     * provider, of the months, their quarters and the year (every opgave, every district). Call inside the
     * transaction that changed their lines.
     */
    void refresh(Collection<Touched> touched) {
        lockAndSizeMemory();
        for (Touched year : touched) {
            sums.rewrite(ColdFigureSums.Scope.touched(year.year, year.providers, year.months));
        }
    }

    /** Rewrites one opgave's rows of every year; call inside the transaction that changed its product links. */
    void refreshOpgave(long opgaveId) {
        lockAndSizeMemory();
        jdbc.update("delete from cold_figure where opgave_id = ?", opgaveId);
        for (int year : years()) {
            sums.rewrite(ColdFigureSums.Scope.opgave(year, opgaveId));
        }
    }

    /**
     * The advisory lock serialises rewrites, so two imports that commit close together never leave a stale summary
     * behind. The summing hashes a row per client; with the server's default work_mem (4 MB) those hash tables spill
     * to disk, so the transaction gets more (SET LOCAL: it ends with the transaction).
     */
    private void lockAndSizeMemory() {
        jdbc.execute(LOCK);
        jdbc.execute("set local work_mem = '" + WORK_MEM + "'");
    }

    /** The months and providers of one year that an import or rollback changed. */
    static final class Touched {
        private final int year;
        private final Set<Integer> months = new TreeSet<>();
        private final Set<String> providers = new TreeSet<>();

        Touched(int year) {
            this.year = year;
        }

        void add(int month, String provider) {
            months.add(month);
            providers.add(provider);
        }

        int year() {
            return year;
        }
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
