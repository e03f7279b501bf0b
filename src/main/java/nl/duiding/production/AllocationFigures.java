package nl.duiding.production;

import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Allocated and approved per opgave, provider and district, counted from the toewijzingen and answers themselves (they
 * are few beside the declared lines). Allocated: the newest version of every toewijzing active in the span, its volume
 * times the days, weeks or months of it that fall in the span and its budget spread over its days (SQL functions
 * allocation_units and allocation_share, V130); its district is where the provider declared that client in the span.
 * Approved and rejected: the declared lines of answered declarations, rejected when the answer names their reference.
 * The declared amount itself is read from the summary ({@link ColdFigures}), the one computation of that figure.
 */
@Repository
class AllocationFigures {

    /** A key column of the keyed rows below; the filter's own values narrow the others. */
    enum Key {
        OPGAVE("opgave_id::text"), PROVIDER("provider_agb"), DISTRICT("district_code"), TOTAL("'total'");

        private final String column;

        Key(String column) {
            this.column = column;
        }

        /** PostgreSQL groups by no constant: the total is grouped by nothing. */
        private String group() {
            return this == TOTAL ? "" : column;
        }
    }

    private static final String ALLOCATED = """
            with current_allocation as (
                select distinct on (a.law, a.provider_agb, a.allocation_number) a.*
                from allocation a
                order by a.law, a.provider_agb, a.allocation_number, a.allocated_at desc, a.import_id desc
            ), spanned as (
                select a.*, allocation_units(a.frequency, a.start_date, a.end_date, :from, :until) as units,
                    allocation_share(a.start_date, a.end_date, :from, :until) as share
                from current_allocation a
                where a.start_date <= :until and (a.end_date is null or a.end_date >= :from)
            ), district as (
                select distinct on (l.client_pseudonym, l.provider_agb) l.client_pseudonym, l.provider_agb, l.district_code
                from declared_line l
                where DISTRICTS and l.district_code is not null and l.product_start >= :from and l.product_start <= :until
                    and l.client_pseudonym in (select client_pseudonym from spanned)
                order by l.client_pseudonym, l.provider_agb, l.product_start desc
            ), keyed as (
                select s.*, coalesce(d.district_code, '') as district_code, o.opgave_id
                from spanned s
                left join district d on d.client_pseudonym = s.client_pseudonym and d.provider_agb = s.provider_agb
                cross join lateral (select 0::bigint as opgave_id union all
                    select distinct m.opgave_id from opgave_product m where m.law = s.law
                    and m.product_category = s.product_category
                    and (m.product_code = '' or m.product_code = s.product_code)) o
            )
            select KEY as k, coalesce(unit, '') as unit, grouping(unit) as whole, count(*) as allocations,
                count(distinct client_pseudonym) as clients, coalesce(sum(volume * units), 0) as volume,
                coalesce(sum(budget_cents * share), 0) as budget
            from keyed where WHERE
            group by grouping sets ((GROUP), (GROUP unit))
            """;

    private static final String ANSWERED = """
            with keyed as (
                select l.provider_agb, coalesce(l.district_code, '') as district_code, o.opgave_id, l.amount_cents,
                    r.answer_id is not null as rejected
                from declared_line l
                join declaration_answer a on a.law = l.law and a.provider_agb = l.provider_agb
                    and a.declaration_number = l.declaration_number
                left join rejected_prestatie r on r.answer_id = a.id and r.reference_number = l.reference_number
                cross join lateral (select 0::bigint as opgave_id union all
                    select distinct m.opgave_id from opgave_product m where m.law = l.law
                    and m.product_category = l.product_category
                    and (m.product_code = '' or m.product_code = l.product_code)) o
                where l.product_start >= :from and l.product_start <= :until
            )
            select KEY as k, coalesce(sum(amount_cents) filter (where not rejected), 0) as approved,
                coalesce(sum(amount_cents) filter (where rejected), 0) as rejected
            from keyed where WHERE
            GROUP_BY
            """;

    private final JdbcClient jdbc;
    private final ColdFigures cold;
    private final CodeLists codes;

    AllocationFigures(JdbcClient jdbc, ColdFigures cold, CodeLists codes) {
        this.jdbc = jdbc;
        this.cold = cold;
        this.codes = codes;
    }

    /** The filter's year, per opgave, provider and district, with the total. */
    AllocationComparison compare(FigureFilter filter) {
        return new AllocationComparison(
                rows(Key.TOTAL, ColdFigures.Key.TOTAL, filter).stream().findFirst().orElse(AllocationRow.empty("total")),
                rows(Key.OPGAVE, ColdFigures.Key.OPGAVE, filter), rows(Key.PROVIDER, ColdFigures.Key.PROVIDER, filter),
                rows(Key.DISTRICT, ColdFigures.Key.DISTRICT, filter));
    }

    /** One row for the days {@code from} to {@code until} (both included), given the declared amount of that span. */
    AllocationRow total(LocalDate from, LocalDate until, FigureFilter filter, long declaredCents) {
        Map<String, Builder> rows = new LinkedHashMap<>();
        rows.put("total", new Builder("total"));
        rows.get("total").declared = declaredCents;
        allocated(Key.TOTAL, filter, from, until, rows);
        answered(Key.TOTAL, filter, from, until, rows);
        return rows.get("total").build();
    }

    private List<AllocationRow> rows(Key key, ColdFigures.Key coldKey, FigureFilter filter) {
        LocalDate from = LocalDate.of(filter.year(), 1, 1);
        LocalDate until = LocalDate.of(filter.year(), 12, 31);
        Map<String, Builder> rows = new LinkedHashMap<>();
        for (FigureRow declared : cold.rows(coldKey, filter)) {
            rows.computeIfAbsent(declared.key(), Builder::new).declared = declared.amountCents();
        }
        allocated(key, filter, from, until, rows);
        answered(key, filter, from, until, rows);
        return rows.values().stream().map(Builder::build).toList();
    }

    private void allocated(Key key, FigureFilter filter, LocalDate from, LocalDate until, Map<String, Builder> rows) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = ALLOCATED.replace("KEY", key.column).replace("WHERE", where(key, filter, params))
                .replace("GROUP unit", key == Key.TOTAL ? "unit" : key.group() + ", unit").replace("GROUP", key.group())
                // the district of a toewijzing is a pass over the span's declared lines: only when a district is asked
                .replace("DISTRICTS", key == Key.DISTRICT || filter.districtCode() != null ? "true" : "false");
        jdbc.sql(sql).param("from", Date.valueOf(from)).param("until", Date.valueOf(until)).params(params).query(rs -> {
            Builder row = rows.computeIfAbsent(rs.getString("k"), Builder::new);
            if (rs.getInt("whole") == 1) {
                row.allocations = rs.getLong("allocations");
                row.clients = rs.getLong("clients");
                row.budget = rs.getBigDecimal("budget").setScale(0, RoundingMode.HALF_UP).longValue();
            } else if (!rs.getString("unit").isEmpty()) {
                row.volumes.add(new MessageTotals.Allocated(rs.getString("unit"), codes.unitName(rs.getString("unit")),
                        rs.getBigDecimal("volume").setScale(0, RoundingMode.HALF_UP).longValue()));
            }
        });
    }

    private void answered(Key key, FigureFilter filter, LocalDate from, LocalDate until, Map<String, Builder> rows) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = ANSWERED.replace("KEY", key.column).replace("WHERE", where(key, filter, params))
                .replace("GROUP_BY", key == Key.TOTAL ? "" : "group by " + key.group());
        jdbc.sql(sql).param("from", Date.valueOf(from)).param("until", Date.valueOf(until)).params(params).query(rs -> {
            Builder row = rows.computeIfAbsent(rs.getString("k"), Builder::new);
            row.approved = rs.getLong("approved");
            row.rejected = rs.getLong("rejected");
        });
    }

    /** Every row once: opgave 0 ("every line") unless opgaven are the key; then the filter's own values. */
    private static String where(Key key, FigureFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (key == Key.OPGAVE) {
            conditions.add("opgave_id <> 0");
            if (filter.opgaveId() != null) {
                conditions.add("opgave_id = :opgave");
                params.put("opgave", filter.opgaveId());
            }
        } else {
            conditions.add("opgave_id = :opgave");
            params.put("opgave", filter.opgaveId() == null ? ColdFigures.EVERY_LINE : filter.opgaveId());
        }
        if (filter.providerAgb() != null) {
            conditions.add("provider_agb = :agb");
            params.put("agb", filter.providerAgb());
        }
        if (filter.districtCode() != null) {
            conditions.add("district_code = :district");
            params.put("district", filter.districtCode());
        }
        return String.join(" and ", conditions);
    }

    private static final class Builder {
        private final String key;
        private final List<MessageTotals.Allocated> volumes = new ArrayList<>();
        private long allocations;
        private long clients;
        private long budget;
        private long declared;
        private long approved;
        private long rejected;

        Builder(String key) {
            this.key = key;
        }

        AllocationRow build() {
            return new AllocationRow(key, allocations, clients, volumes, budget, declared, approved, rejected);
        }
    }
}
