package nl.duiding.production;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The toewijzingen and declaration answers an import holds (tables allocation, declaration_answer,
 * rejected_prestatie), and the totals the import page shows of them. Messages are small (a 301 has one client, a 325
 * one declaration), so rows are inserted one by one in the import's transaction.
 */
@Repository
class MessageStore {

    private final JdbcClient jdbc;

    MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long importId, AllocationLine a) {
        jdbc.sql("""
                insert into allocation (import_id, law, municipality_code, provider_agb, allocation_number, client_pseudonym,
                    product_category, product_code, allocated_at, start_date, end_date, change_reason, volume, unit,
                    frequency, budget_cents)
                values (:import, :law, :municipality, :agb, :number, :pseudonym, :category, :code, :at, :start, :end,
                    :reason, :volume, :unit, :frequency, :budget)
                """)
                .param("import", importId).param("law", a.law()).param("municipality", a.municipality())
                .param("agb", a.providerAgb()).param("number", a.number()).param("pseudonym", a.pseudonym())
                .param("category", a.category()).param("code", a.productCode()).param("at", Timestamp.valueOf(a.allocatedAt()))
                .param("start", a.start()).param("end", a.end()).param("reason", a.changeReason())
                .param("volume", a.volume()).param("unit", a.unit()).param("frequency", a.frequency())
                .param("budget", a.budgetCents()).update();
    }

    /** The import that already answered this declaration, if any. */
    Optional<Long> answeredBy(String law, String agb, String declaration) {
        return jdbc.sql("select import_id from declaration_answer where law = :law and provider_agb = :agb "
                        + "and declaration_number = :declaration")
                .param("law", law).param("agb", agb).param("declaration", declaration).query(Long.class).optional();
    }

    long insertAnswer(long importId, String law, String municipality, String agb, String declaration, LocalDate answeredOn,
                      long submittedCents, long awardedCents) {
        return jdbc.sql("""
                insert into declaration_answer (import_id, law, municipality_code, provider_agb, declaration_number,
                    answered_on, submitted_cents, awarded_cents)
                values (:import, :law, :municipality, :agb, :declaration, :on, :submitted, :awarded) returning id
                """)
                .param("import", importId).param("law", law).param("municipality", municipality).param("agb", agb)
                .param("declaration", declaration).param("on", answeredOn).param("submitted", submittedCents)
                .param("awarded", awardedCents).query(Long.class).single();
    }

    void insert(long answerId, RejectedLine r) {
        jdbc.sql("""
                insert into rejected_prestatie (answer_id, reference_number, allocation_number, product_category,
                    product_code, product_start, product_end, volume, unit, amount_cents, client_pseudonym, return_codes)
                values (:answer, :reference, :allocation, :category, :code, :start, :end, :volume, :unit, :amount,
                    :pseudonym, :codes)
                """)
                .param("answer", answerId).param("reference", r.reference()).param("allocation", r.allocationNumber())
                .param("category", r.category()).param("code", r.productCode()).param("start", r.start())
                .param("end", r.end()).param("volume", r.volume()).param("unit", r.unit())
                .param("amount", r.amountCents()).param("pseudonym", r.pseudonym()).param("codes", r.returnCodes())
                .update();
    }

    /** Whether any line of this declaration was imported (then the answer counts in the figures). */
    boolean declarationImported(String law, String agb, String declaration) {
        return jdbc.sql("select exists (select 1 from declared_line where law = :law and provider_agb = :agb "
                        + "and declaration_number = :declaration)")
                .param("law", law).param("agb", agb).param("declaration", declaration).query(Boolean.class).single();
    }

    /** Part of a rollback: the import's toewijzingen and answers go with its declared lines. */
    void deleteImport(long importId) {
        jdbc.sql("delete from allocation where import_id = :id").param("id", importId).update();
        jdbc.sql("delete from declaration_answer where import_id = :id").param("id", importId).update();
    }

    /** What a 301 or 325 import holds, for its page; empty for other imports. */
    Optional<MessageTotals> totals(long importId, CodeLists codes) {
        List<MessageTotals.Allocated> volumes = jdbc.sql("""
                select unit, sum(volume * allocation_units(frequency, start_date, end_date, start_date, end_date)) as volume
                from allocation where import_id = :id and unit is not null and end_date is not null
                group by unit order by unit
                """).param("id", importId).query((rs, n) -> new MessageTotals.Allocated(rs.getString(1),
                codes.unitName(rs.getString(1)), rs.getBigDecimal(2).setScale(0, java.math.RoundingMode.HALF_UP).longValue()))
                .list();
        Optional<MessageTotals> allocations = jdbc.sql("""
                select count(*), count(distinct client_pseudonym), coalesce(sum(budget_cents), 0),
                    count(*) filter (where end_date is null)
                from allocation where import_id = :id having count(*) > 0
                """).param("id", importId).query((rs, n) -> MessageTotals.allocations(rs.getLong(1), rs.getLong(2),
                volumes, rs.getLong(3), rs.getLong(4))).optional();
        if (allocations.isPresent()) {
            return allocations;
        }
        return jdbc.sql("""
                select a.declaration_number, a.provider_agb, a.submitted_cents, a.awarded_cents, count(r.reference_number),
                    coalesce(sum(r.amount_cents), 0)
                from declaration_answer a left join rejected_prestatie r on r.answer_id = a.id
                where a.import_id = :id group by a.id
                """).param("id", importId).query((rs, n) -> MessageTotals.answer(rs.getString(1), rs.getString(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6))).optional();
    }
}
