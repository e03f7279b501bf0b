package nl.duiding.analysis;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The baseline: the same dashboard as {@link IndexDashboard}, computed by PostgreSQL the way a team without a
 * search index would write it — one grouped query per facet (a dimension the filter restricts counted without
 * that restriction), aggregates with avg / width_bucket / percentile_cont, the triad points and newest stories
 * for the page, and the warm/cold join per month against the declared lines — on the indexes such a team would
 * add ({@link #INDEXES}).
 */
final class SqlDashboard {

    static final List<String> INDEXES = List.of(
            "create index if not exists bench_story_opgave_provider on story (opgave_id, provider_id, teller_role)",
            "create index if not exists bench_story_opgave_role on story (opgave_id, teller_role)",
            "create index if not exists bench_answer_question on story_answer (question_code, story_id) include (a, b, c)",
            "create index if not exists bench_line_provider_start on declared_line (provider_agb, product_start)");

    private final JdbcTemplate jdbc;

    SqlDashboard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    DashboardFigures query(StoryFilter filter, List<YearMonth> months, boolean withCold) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put(StoryFields.PROVIDER, grouped("coalesce(s.provider_id::text, '-')", "", filter, false, true));
        facets.put(StoryFields.ROLE, grouped("s.teller_role", "", filter, true, false));
        facets.put(StoryFields.DISTRICT, grouped("s.district_code", " and s.district_code is not null", filter, true, true));
        facets.put(StoryFields.MONTH, grouped("to_char(s.submitted_at at time zone 'Europe/Amsterdam', 'YYYY-MM')", "", filter, true, true));
        facets.put(StoryFields.CHOICE, choices(filter));
        List<Object> args = new ArrayList<>();
        String where = where(filter, true, true, args);
        long total = jdbc.queryForObject("select count(*) from story s" + where, Long.class, args.toArray());
        long[] triadCount = {0};
        double[] triadMean = new double[3];
        jdbc.query("select count(*), avg(a.a), avg(a.b), avg(a.c) from story s join story_answer a on a.story_id = s.id "
                + "and a.question_code = '" + IndexDashboard.TRIAD + "' and a.kind = 'TRIAD'" + where, rs -> {
                    triadCount[0] = rs.getLong(1);
                    triadMean[0] = rs.getDouble(2);
                    triadMean[1] = rs.getDouble(3);
                    triadMean[2] = rs.getDouble(4);
                }, args.toArray());
        int points = jdbc.query("select a.a, a.b, a.c from story s join story_answer a on a.story_id = s.id "
                + "and a.question_code = '" + IndexDashboard.TRIAD + "' and a.kind = 'TRIAD'" + where,
                (rs, i) -> new float[] {rs.getFloat(1), rs.getFloat(2), rs.getFloat(3)}, args.toArray()).size();
        int listed = jdbc.query("select s.id, s.title, s.body, s.teller_role, s.provider_id, s.submitted_at from story s"
                + where + " order by s.submitted_at desc limit 10", (rs, i) -> rs.getString(2), args.toArray()).size();
        long[] histogram = new long[10];
        jdbc.query("select least(width_bucket(a.a, 0, 1, 10), 10), count(*) from story s join story_answer a "
                + "on a.story_id = s.id and a.question_code = '" + IndexDashboard.DYAD + "' and a.kind = 'DYAD'" + where
                + " group by 1", rs -> {
                    histogram[rs.getInt(1) - 1] = rs.getLong(2);
                }, args.toArray());
        double[] dyad = new double[3];
        jdbc.query("select count(*), avg(a.a), percentile_cont(0.5) within group (order by a.a) from story s "
                + "join story_answer a on a.story_id = s.id and a.question_code = '" + IndexDashboard.DYAD
                + "' and a.kind = 'DYAD'" + where, rs -> {
                    dyad[0] = rs.getLong(1);
                    dyad[1] = rs.getDouble(2);
                    dyad[2] = rs.getDouble(3);
                }, args.toArray());
        return new DashboardFigures(total, facets, triadCount[0], triadMean, (long) dyad[0], histogram, dyad[1], dyad[2],
                months(filter, months, withCold), points, listed);
    }

    /** Stories and slider mean per month beside the declared amount and clients linked to the opgave. */
    private TreeMap<String, DashboardFigures.Month> months(StoryFilter filter, List<YearMonth> months, boolean withCold) {
        List<Object> args = new ArrayList<>();
        Timestamp from = Timestamp.from(IndexDashboard.start(months.getFirst()));
        Timestamp until = Timestamp.from(IndexDashboard.start(months.getLast().plusMonths(1)));
        String where = where(filter, true, true, args);
        args.add(from);
        args.add(until);
        if (!withCold) {
            TreeMap<String, DashboardFigures.Month> out = new TreeMap<>();
            months.forEach(m -> out.put(m.toString(), new DashboardFigures.Month(0, Double.NaN, 0, 0)));
            jdbc.query("select to_char(s.submitted_at at time zone 'Europe/Amsterdam', 'YYYY-MM') m, count(*), avg(a.a) from story s "
                    + "left join story_answer a on a.story_id = s.id and a.question_code = '" + IndexDashboard.DYAD
                    + "' and a.kind = 'DYAD'" + where + " and s.submitted_at >= ? and s.submitted_at < ? group by 1", rs -> {
                        double regie = rs.getDouble(3);
                        out.put(rs.getString(1), new DashboardFigures.Month(rs.getLong(2), rs.wasNull() ? Double.NaN : regie,
                                0, 0));
                    }, args.toArray());
            return out;
        }
        args.add(filter.opgaveId());
        args.add(new java.sql.Date(from.getTime()));
        args.add(new java.sql.Date(until.getTime()));
        String provider = "";
        if (filter.providerId() != null) {
            provider = " and l.provider_agb = (select agb_code from provider where id = ?)";
            args.add(filter.providerId());
        }
        TreeMap<String, DashboardFigures.Month> out = new TreeMap<>();
        months.forEach(m -> out.put(m.toString(), new DashboardFigures.Month(0, Double.NaN, 0, 0)));
        jdbc.query("with warm as (select to_char(s.submitted_at at time zone 'Europe/Amsterdam', 'YYYY-MM') m, count(*) stories, "
                + "avg(a.a) regie from story s left join story_answer a on a.story_id = s.id and a.question_code = '"
                + IndexDashboard.DYAD + "' and a.kind = 'DYAD'" + where
                + " and s.submitted_at >= ? and s.submitted_at < ? group by 1), "
                + "cold as (select to_char(l.product_start, 'YYYY-MM') m, sum(l.amount_cents) amount, "
                + "count(distinct l.client_pseudonym) clients from declared_line l where exists (select 1 from opgave_product p "
                + "where p.opgave_id = ? and p.law = l.law and p.product_category = l.product_category "
                + "and (p.product_code = '' or p.product_code = l.product_code)) and l.product_start >= ? "
                + "and l.product_start < ?" + provider + " group by 1) "
                + "select w.m, w.stories, w.regie, coalesce(c.amount, 0), coalesce(c.clients, 0) from warm w "
                + "left join cold c on c.m = w.m", rs -> {
                    double regie = rs.getDouble(3);
                    out.put(rs.getString(1), new DashboardFigures.Month(rs.getLong(2), rs.wasNull() ? Double.NaN : regie,
                            rs.getLong(4), rs.getLong(5)));
                }, args.toArray());
        return out;
    }

    private Map<String, Long> grouped(String key, String extra, StoryFilter filter, boolean provider, boolean role) {
        List<Object> args = new ArrayList<>();
        Map<String, Long> out = new TreeMap<>();
        jdbc.query("select " + key + ", count(*) from story s" + where(filter, provider, role, args) + extra + " group by 1",
                rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                }, args.toArray());
        return out;
    }

    private Map<String, Long> choices(StoryFilter filter) {
        List<Object> args = new ArrayList<>();
        Map<String, Long> out = new TreeMap<>();
        jdbc.query("select a.question_code || ':' || a.option_code, count(*) from story s join story_answer a "
                + "on a.story_id = s.id and a.kind in ('MULTIPLE_CHOICE', 'SINGLE_CHOICE') and a.option_code <> ''"
                + where(filter, true, true, args) + " group by 1", rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                }, args.toArray());
        return out;
    }

    /** The filter as SQL; a facet's own dimension is left out (counted sideways) by passing false for it. */
    private static String where(StoryFilter filter, boolean provider, boolean role, List<Object> args) {
        StringBuilder where = new StringBuilder(" where s.consent_analysis and s.opgave_id = ?");
        args.add(filter.opgaveId());
        if (provider && filter.providerId() != null) {
            where.append(" and s.provider_id = ?");
            args.add(filter.providerId());
        }
        if (role && filter.role() != null) {
            where.append(" and s.teller_role = ?");
            args.add(filter.role().name());
        }
        return where.toString();
    }
}
