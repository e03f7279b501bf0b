package nl.duiding.production;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declared amount as a share of the budget, over the months that have a budget only: a period whose budget is
 * set for December alone compares December's production with December's budget, not October to December's
 * production with it. {@code budgetMonths} and {@code months} say how much of the period the share covers.
 */
public record BudgetShare(long budgetCents, long amountCents, int budgetMonths, int months) {

    /** No budget in the period: nothing to compare. */
    public static final BudgetShare NONE = new BudgetShare(0, 0, 0, 0);

    /** From the budget per month and the figures per month (keys {@code yyyy-MM}) of the months from–to. */
    static BudgetShare of(Map<YearMonth, Long> budgets, List<FigureRow> monthRows, YearMonth from, YearMonth to) {
        Set<String> budgeted = new java.util.HashSet<>();
        long budget = 0;
        for (Map.Entry<YearMonth, Long> b : budgets.entrySet()) {
            if (b.getValue() > 0 && !b.getKey().isBefore(from) && !b.getKey().isAfter(to)) {
                budgeted.add(b.getKey().toString());
                budget += b.getValue();
            }
        }
        if (budget <= 0) {
            return NONE;
        }
        long amount = monthRows.stream().filter(r -> budgeted.contains(r.key())).mapToLong(FigureRow::amountCents).sum();
        int months = (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue() + 1);
        return new BudgetShare(budget, amount, budgeted.size(), months);
    }

    public boolean present() {
        return budgetCents > 0;
    }

    /** Every month of the period has a budget. */
    public boolean complete() {
        return budgetMonths == months;
    }

    /** Declared amount of the budgeted months as a percentage of their budget; -1 without a budget. */
    public int percent() {
        return budgetCents <= 0 ? -1 : (int) Math.round(amountCents * 100.0 / budgetCents);
    }
}
