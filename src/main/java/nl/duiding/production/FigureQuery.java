package nl.duiding.production;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The SQL that has to read the declared lines themselves: clients shared between providers, which no summary can
 * hold without keeping pseudonyms, and figures over a span of months the summary does not hold. Every other figure
 * comes from {@link ColdFigures}.
 */
@Repository
class FigureQuery {

    private final JdbcTemplate jdbc;
    private final CodeLists codes;

    FigureQuery(JdbcTemplate jdbc, CodeLists codes) {
        this.jdbc = jdbc;
        this.codes = codes;
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

    /** Whether a line counts toward the opgave: its law and category (and code, when the link names one) are linked. */
    static String linkedTo(String opgaveParameter) {
        return "exists (select 1 from opgave_product m where m.opgave_id = " + opgaveParameter + " and m.law = l.law "
                + "and m.product_category = l.product_category and (m.product_code = '' or m.product_code = l.product_code))";
    }

    /**
     * Amount, unique clients, lines and volume per unit of the lines whose product period starts from {@code from}
     * up to (not including) {@code until}: for spans the summary does not hold, counted from the lines.
     */
    FigureRow between(String key, LocalDate from, LocalDate until, FigureFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(from, until, filter, args);
        long[] total = new long[3];
        jdbc.query("select coalesce(sum(amount_cents), 0), count(distinct client_pseudonym), count(*) from declared_line l"
                + where, rs -> {
            total[0] = rs.getLong(1);
            total[1] = rs.getLong(2);
            total[2] = rs.getLong(3);
        }, args.toArray());
        List<FigureRow.UnitVolume> volumes = jdbc.query("select unit, sum(volume), sum(tariff_cents::numeric * volume) "
                + "from declared_line l" + where + " group by unit order by unit", (rs, n) -> FigureRow.UnitVolume.of(
                rs.getString(1), codes.unitName(rs.getString(1)), rs.getLong(2), rs.getDouble(3)), args.toArray());
        return new FigureRow(key, total[0], total[1], total[2], volumes);
    }

    private static String where(FigureFilter filter, List<Object> args) {
        return where(LocalDate.of(filter.year(), 1, 1), LocalDate.of(filter.year() + 1, 1, 1), filter, args);
    }

    /** The filter's provider, district and opgave, for lines starting in [from, until); the filter's year is ignored. */
    private static String where(LocalDate from, LocalDate until, FigureFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" where l.product_start >= ? and l.product_start < ?");
        args.add(Date.valueOf(from));
        args.add(Date.valueOf(until));
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
}
