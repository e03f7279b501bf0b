package nl.duiding.production;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one statement that sums declared lines into {@code cold_figure} rows: a whole year, one opgave's rows, or
 * only the rows of some providers and periods (docs/adr/0024-import-speed-copy-staging.md). Unique clients are
 * counted without {@code count(distinct)}: every client gets, per opgave, provider and district, a bit mask of the
 * months it appears in (one hashed aggregate over the lines); the masks are merged per provider, per district and
 * overall; and a month, quarter or year counts the clients whose mask has one of its bits. Hashing 128-bit keys
 * instead of sorting 64-character text is what makes it cheap. The additive figures are summed per month before
 * they are rolled up to quarters and the year.
 */
@Component
class ColdFigureSums {

    /** Month n (1..12) has bit n-1; quarter q is n = 12 + q; the year is n = 17. */
    private static final String SUM = """
            insert into cold_figure (year, opgave_id, provider_agb, district_code, period, unit, amount_cents, clients,
                                     lines, volume, tariff_volume)
            with periods (n, period, bits) as (
                select m, to_char(make_date(:year, m, 1), 'YYYY-MM'), 1 << (m - 1) from generate_series(1, 12) m
                union all
                select 12 + q, cast(:year as text) || '-Q' || q, 7 << (3 * (q - 1)) from generate_series(1, 4) q
                union all
                select 17, cast(:year as text), 4095),
            -- a link with product code '' counts every code of its category; a narrower link of the same opgave
            -- adds nothing, so each line counts once per opgave
            links as (
                select m.opgave_id, m.law, m.product_category, m.product_code from opgave_product m
                where (:everyOpgave or m.opgave_id = :opgave)
                  and (m.product_code = '' or not exists (select 1 from opgave_product g where g.opgave_id = m.opgave_id
                       and g.law = m.law and g.product_category = m.product_category and g.product_code = ''))),
            lines as not materialized (
                select 0::bigint as opgave_id, l.provider_agb, coalesce(l.district_code, '') collate "C" as district_code,
                       l.unit, substr(l.client_pseudonym, 1, 32)::uuid as client,
                       1 << (extract(month from l.product_start)::int - 1) as bit, l.amount_cents, l.volume, l.tariff_cents
                from declared_line l
                where :everyOpgave and l.product_start >= :from and l.product_start < :to
                union all
                select k.opgave_id, l.provider_agb, coalesce(l.district_code, '') collate "C", l.unit,
                       substr(l.client_pseudonym, 1, 32)::uuid, 1 << (extract(month from l.product_start)::int - 1),
                       l.amount_cents, l.volume, l.tariff_cents
                from declared_line l join links k on k.law = l.law and k.product_category = l.product_category
                     and (k.product_code = '' or k.product_code = l.product_code)
                where l.product_start >= :from and l.product_start < :to),
            clients as materialized (
                select opgave_id, provider_agb, district_code, client, bit_or(bit) as months from lines
                group by opgave_id, provider_agb, district_code, client),
            levels as (
                select opgave_id, provider_agb, district_code, months from clients
                where :everyProvider or provider_agb = any(cast(:providers as text[]))
                union all
                select opgave_id, provider_agb, '*', bit_or(months) from clients
                where :everyProvider or provider_agb = any(cast(:providers as text[]))
                group by opgave_id, provider_agb, client
                union all
                select opgave_id, '*', district_code, bit_or(months) from clients group by opgave_id, district_code, client
                union all
                select opgave_id, '*', '*', bit_or(months) from clients group by opgave_id, client),
            client_counts as (
                select opgave_id, provider_agb, district_code, array[
                    count(*) filter (where months & 1 <> 0), count(*) filter (where months & 2 <> 0),
                    count(*) filter (where months & 4 <> 0), count(*) filter (where months & 8 <> 0),
                    count(*) filter (where months & 16 <> 0), count(*) filter (where months & 32 <> 0),
                    count(*) filter (where months & 64 <> 0), count(*) filter (where months & 128 <> 0),
                    count(*) filter (where months & 256 <> 0), count(*) filter (where months & 512 <> 0),
                    count(*) filter (where months & 1024 <> 0), count(*) filter (where months & 2048 <> 0),
                    count(*) filter (where months & 7 <> 0), count(*) filter (where months & 56 <> 0),
                    count(*) filter (where months & 448 <> 0), count(*) filter (where months & 3584 <> 0),
                    count(*)] as counts
                from levels group by opgave_id, provider_agb, district_code),
            -- summed per month first: joining every line to its three periods (month, quarter, year) and sorting
            -- those rows cost more than all the rest
            month_amounts as (
                select opgave_id, provider_agb, district_code, unit, bit, sum(amount_cents) as amount_cents,
                       count(*) as lines, sum(volume) as volume, sum(tariff_cents::numeric * volume) as tariff_volume
                from lines group by opgave_id, provider_agb, district_code, unit, bit),
            amounts as (
                select a.opgave_id, a.provider_agb, a.district_code, a.unit, p.n, p.period,
                       sum(a.amount_cents) as amount_cents, sum(a.lines) as lines, sum(a.volume) as volume,
                       sum(a.tariff_volume) as tariff_volume
                from month_amounts a join periods p on a.bit & p.bits <> 0 and p.period = any(cast(:periods as text[]))
                group by a.opgave_id, a.provider_agb, a.district_code, a.unit, p.n, p.period),
            amount_levels as (
                select opgave_id, case when grouping(provider_agb) = 1 then '*' else provider_agb end as provider_agb,
                       case when grouping(district_code) = 1 then '*' else district_code end as district_code, n, period,
                       case when grouping(unit) = 1 then '' else unit end as unit, sum(amount_cents) as amount_cents,
                       sum(lines) as lines, sum(volume) as volume, sum(tariff_volume) as tariff_volume
                from amounts
                group by grouping sets ((opgave_id, n, period, provider_agb, district_code), (opgave_id, n, period, provider_agb),
                    (opgave_id, n, period, district_code), (opgave_id, n, period),
                    (opgave_id, n, period, provider_agb, district_code, unit), (opgave_id, n, period, provider_agb, unit),
                    (opgave_id, n, period, district_code, unit), (opgave_id, n, period, unit)))
            select :year, a.opgave_id, a.provider_agb, a.district_code, a.period, a.unit, a.amount_cents,
                   case when a.unit = '' then coalesce(c.counts[a.n], 0) else 0 end, a.lines, a.volume, a.tariff_volume
            from amount_levels a left join client_counts c on c.opgave_id = a.opgave_id
                 and c.provider_agb = a.provider_agb and c.district_code = a.district_code
            where a.provider_agb = '*' or :everyProvider or a.provider_agb = any(cast(:providers as text[]))
            """;

    private static final String DELETE = """
            delete from cold_figure
            where year = :year and (:everyOpgave or opgave_id = :opgave) and period = any(cast(:periods as text[]))
              and (provider_agb = '*' or :everyProvider or provider_agb = any(cast(:providers as text[])))
            """;

    private final JdbcClient jdbc;

    ColdFigureSums(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the rows of the scope and sums them again from the lines; returns how many rows it wrote. */
    long rewrite(Scope scope) {
        bind(jdbc.sql(DELETE), scope).update();
        return bind(jdbc.sql(SUM), scope).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Scope scope) {
        return statement.param("year", scope.year())
                .param("from", Date.valueOf(LocalDate.of(scope.year(), 1, 1)))
                .param("to", Date.valueOf(LocalDate.of(scope.year() + 1, 1, 1)))
                .param("everyOpgave", scope.opgaveId() == null)
                .param("opgave", scope.opgaveId() == null ? -1L : scope.opgaveId())
                .param("everyProvider", scope.providers() == null)
                .param("providers", scope.providers() == null ? new String[0] : scope.providers().toArray(String[]::new))
                .param("periods", scope.periods().toArray(String[]::new));
    }

    /**
     * Which rows of one year to rewrite: every opgave ({@code opgaveId} null) or one; every provider
     * ({@code providers} null) or these (the rows for all providers, {@code *}, always); these periods.
     */
    record Scope(int year, Long opgaveId, Collection<String> providers, Collection<String> periods) {

        static Scope year(int year) {
            return new Scope(year, null, null, periods(year, List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)));
        }

        static Scope opgave(int year, long opgaveId) {
            return new Scope(year, opgaveId, null, year(year).periods());
        }

        /** The months' own rows, their quarters' and the year's: the periods a line of one of those months is in. */
        static Scope touched(int year, Collection<String> providers, Collection<Integer> months) {
            return new Scope(year, null, providers, periods(year, months));
        }

        private static List<String> periods(int year, Collection<Integer> months) {
            List<String> periods = new ArrayList<>();
            months.stream().sorted().distinct().forEach(m -> periods.add("%d-%02d".formatted(year, m)));
            months.stream().map(m -> (m + 2) / 3).sorted().distinct().forEach(q -> periods.add(year + "-Q" + q));
            periods.add(Integer.toString(year));
            return periods;
        }
    }
}
