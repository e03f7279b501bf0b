package nl.duiding.production;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind the figures: one grouped query per view, with GROUPING SETS so each key gets its totals and its
 * per-unit volumes in one pass. Lines count in the month their product period starts.
 */
@Repository
class FigureQuery {

    private final JdbcTemplate jdbc;
    private final CodeLists codes;

    FigureQuery(JdbcTemplate jdbc, CodeLists codes) {
        this.jdbc = jdbc;
        this.codes = codes;
    }

    List<FigureRow> grouped(String keyExpression, String join, FigureFilter filter) {
        List<Object> args = new ArrayList<>();
        String sql = "select k, unit, grouping(unit) as total_row, sum(amount_cents) as amount, "
                + "count(distinct client_pseudonym) as clients, count(*) as lines, sum(volume) as volume, "
                + "sum(tariff_cents * volume) as tariff_volume from (select " + keyExpression + " as k, l.* "
                + "from declared_line l " + join + where(filter, args) + ") x "
                + "group by grouping sets ((k), (k, unit)) order by k nulls last, unit nulls first";
        Map<String, Builder> rows = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            String key = rs.getString("k");
            Builder row = rows.computeIfAbsent(key == null ? "" : key, Builder::new);
            if (rs.getInt("total_row") == 1) {
                row.amount = rs.getLong("amount");
                row.clients = rs.getLong("clients");
                row.lines = rs.getLong("lines");
            } else {
                long volume = rs.getLong("volume");
                String unit = rs.getString("unit");
                row.volumes.add(new FigureRow.UnitVolume(unit, codes.unitName(unit), volume,
                        volume == 0 ? 0 : Math.round(rs.getDouble("tariff_volume") / volume)));
            }
        }, args.toArray());
        return rows.values().stream().map(Builder::build).toList();
    }

    long sharedClients(FigureFilter filter) {
        List<Object> args = new ArrayList<>();
        Long count = jdbc.queryForObject("select count(*) from (select client_pseudonym from declared_line l"
                + where(filter, args) + " group by client_pseudonym having count(distinct provider_agb) > 1) shared",
                Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    /** Per pair of providers, the clients (pseudonyms) both declared for; counted in the database, never read out. */
    List<SharedClients> sharedClientsPerPair(FigureFilter filter) {
        List<Object> args = new ArrayList<>();
        return jdbc.query("with cp as (select distinct l.client_pseudonym, l.provider_agb from declared_line l"
                + where(filter, args) + ") select a.provider_agb, b.provider_agb, count(*) from cp a join cp b "
                + "on a.client_pseudonym = b.client_pseudonym and a.provider_agb < b.provider_agb "
                + "group by 1, 2 order by 3 desc, 1, 2", (rs, i) -> new SharedClients(rs.getString(1), rs.getString(2),
                rs.getLong(3)), args.toArray());
    }

    List<Integer> years() {
        return jdbc.queryForList("select distinct extract(year from product_start)::int from declared_line order by 1 desc",
                Integer.class);
    }

    /** Whether a line counts toward the opgave: its law and category (and code, when the link names one) are linked. */
    static String linkedTo(String opgaveParameter) {
        return "exists (select 1 from opgave_product m where m.opgave_id = " + opgaveParameter + " and m.law = l.law "
                + "and m.product_category = l.product_category and (m.product_code = '' or m.product_code = l.product_code))";
    }

    private static String where(FigureFilter filter, List<Object> args) {
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
            where.append(" and ").append(linkedTo("?"));
            args.add(filter.opgaveId());
        }
        return where.toString();
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
