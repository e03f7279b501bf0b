package nl.duiding.production;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.duiding.opgave.Law;

/**
 * The module's planning API: budget per opgave and month (input side of the effect chain), and which product
 * categories or codes count toward an opgave.
 */
@Service
@Transactional
public class OpgaveBudgets {

    /** The budget of one month, in eurocents. */
    public record Budget(YearMonth month, long amountCents) {
    }

    /** A product category (all codes when {@code productCode} is empty) counted toward an opgave. */
    public record ProductLink(Law law, String productCategory, String productCode) {
    }

    private final JdbcTemplate jdbc;
    private final ColdFigures cold;

    OpgaveBudgets(JdbcTemplate jdbc, ColdFigures cold) {
        this.jdbc = jdbc;
        this.cold = cold;
    }

    public void setBudget(long opgaveId, YearMonth month, long amountCents) {
        jdbc.update("insert into opgave_budget (opgave_id, period_month, amount_cents) values (?, ?, ?) "
                + "on conflict (opgave_id, period_month) do update set amount_cents = excluded.amount_cents",
                opgaveId, Date.valueOf(month.atDay(1)), amountCents);
    }

    /** Links a product category (every code in it when {@code productCode} is null) to an opgave. */
    public void link(long opgaveId, Law law, String productCategory, String productCode) {
        if (law == Law.WLZ) {
            throw new IllegalArgumentException("Wlz care is not declared to municipalities; only Jeugdwet and Wmo link");
        }
        int added = jdbc.update("insert into opgave_product (opgave_id, law, product_category, product_code) "
                + "values (?, ?, ?, ?) on conflict do nothing", opgaveId, law.name(), productCategory,
                productCode == null ? "" : productCode);
        if (added > 0) {
            cold.refreshOpgave(opgaveId);
        }
    }

    /** Budgets of one opgave, newest month first. */
    @Transactional(readOnly = true)
    public List<Budget> budgets(long opgaveId) {
        return jdbc.query("select period_month, amount_cents from opgave_budget where opgave_id = ? order by period_month desc",
                (rs, n) -> new Budget(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2)), opgaveId);
    }

    @Transactional(readOnly = true)
    public List<ProductLink> links(long opgaveId) {
        return jdbc.query("select law, product_category, product_code from opgave_product where opgave_id = ? order by 1, 2, 3",
                (rs, n) -> new ProductLink(Law.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)), opgaveId);
    }

    public void unlink(long opgaveId, ProductLink link) {
        int removed = jdbc.update("delete from opgave_product where opgave_id = ? and law = ? and product_category = ? "
                + "and product_code = ?", opgaveId, link.law().name(), link.productCategory(), link.productCode());
        if (removed > 0) {
            cold.refreshOpgave(opgaveId);
        }
    }

    @Transactional(readOnly = true)
    public long budgetCents(long opgaveId, int year) {
        return budgetCents(opgaveId, YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    /** The budget of the months {@code from} to {@code to}, both included, in eurocents. */
    @Transactional(readOnly = true)
    public long budgetCents(long opgaveId, YearMonth from, YearMonth to) {
        Long sum = jdbc.queryForObject("select coalesce(sum(amount_cents), 0) from opgave_budget where opgave_id = ? "
                + "and period_month >= ? and period_month < ?", Long.class, opgaveId,
                Date.valueOf(from.atDay(1)), Date.valueOf(to.plusMonths(1).atDay(1)));
        return sum == null ? 0 : sum;
    }

    /** The budget per month of the months {@code from} to {@code to}, both included; months without one are absent. */
    @Transactional(readOnly = true)
    public java.util.Map<YearMonth, Long> monthly(long opgaveId, YearMonth from, YearMonth to) {
        java.util.Map<YearMonth, Long> months = new java.util.TreeMap<>();
        jdbc.query("select period_month, amount_cents from opgave_budget where opgave_id = ? "
                + "and period_month >= ? and period_month < ?", rs -> {
                    months.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2));
                }, opgaveId, Date.valueOf(from.atDay(1)), Date.valueOf(to.plusMonths(1).atDay(1)));
        return months;
    }
}
