package nl.duiding.production;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.duiding.platform.Period;

/**
 * The module's query API: amount, volume per unit, unique clients, amount per client and average tariff, per
 * period, provider, district and opgave, and the cold side of an opgave's effect chain. Figures only: no line,
 * no pseudonym leaves the module.
 */
@Service
@Transactional(readOnly = true)
public class ProductionFigures {

    private final FigureQuery query;
    private final ColdFigures cold;
    private final OpgaveBudgets budgets;
    private final AllocationFigures allocations;

    ProductionFigures(FigureQuery query, ColdFigures cold, OpgaveBudgets budgets, AllocationFigures allocations) {
        this.allocations = allocations;
        this.query = query;
        this.cold = cold;
        this.budgets = budgets;
    }

    /** Years with declared lines, newest first. */
    public List<Integer> years() {
        return cold.years();
    }

    public FigureRow total(FigureFilter filter) {
        return cold.rows(ColdFigures.Key.TOTAL, filter).stream().findFirst().orElse(FigureRow.empty("total"));
    }

    /** Clients declared by more than one provider: the interplay in the care landscape. */
    public long sharedClients(FigureFilter filter) {
        return query.sharedClients(filter);
    }

    /** Per pair of providers, how many clients both declared for: the edges of the care landscape. */
    public List<SharedClients> sharedClientsPerProviderPair(FigureFilter filter) {
        return query.sharedClientsPerPair(filter);
    }

    /** Keys are 2026-04 (month) or 2026-Q2 (quarter). */
    public List<FigureRow> perPeriod(FigureFilter filter) {
        return cold.rows(filter.granularity() == Period.Grouping.QUARTER ? ColdFigures.Key.PERIOD_QUARTER
                : ColdFigures.Key.PERIOD_MONTH, filter);
    }

    /** Keys are AGB codes. */
    public List<FigureRow> perProvider(FigureFilter filter) {
        return cold.rows(ColdFigures.Key.PROVIDER, filter);
    }

    /** Keys are CBS district codes; the empty key holds lines without a known district. */
    public List<FigureRow> perDistrict(FigureFilter filter) {
        return cold.rows(ColdFigures.Key.DISTRICT, filter);
    }

    /** Keys are opgave ids; a line linked to two opgaven counts in both, once each. */
    public List<FigureRow> perOpgave(FigureFilter filter) {
        return cold.rows(ColdFigures.Key.OPGAVE, filter);
    }

    /**
     * Sums the declared lines again into the figures every other method reads. Imports, rollbacks and product links
     * keep them current on their own; this is for lines written around the importer (the benchmark's generator)
     * and for operators. Returns the rows written.
     */
    @Transactional
    public long rebuildSummary() {
        return cold.rebuild();
    }

    /**
     * The figures of the lines whose product period starts in the months {@code from} to {@code to} (both
     * included), for the filter's opgave, provider and district (its year and granularity are not used). Unique
     * clients are counted once over the whole span, which no sum of monthly figures can give: a span that is one
     * quarter or one calendar year reads the summary, any other span counts the lines.
     */
    public FigureRow totalBetween(YearMonth from, YearMonth to, FigureFilter filter) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("span ends before it starts");
        }
        String key = from + "/" + to;
        FigureFilter inYear = new FigureFilter(from.getYear(), filter.opgaveId(), filter.providerAgb(),
                Period.Grouping.QUARTER, filter.districtCode());
        if (from.getYear() == to.getYear() && from.getMonthValue() == 1 && to.getMonthValue() == 12) {
            return withKey(total(inYear), key);
        }
        if (from.getYear() == to.getYear() && (from.getMonthValue() - 1) % 3 == 0
                && to.getMonthValue() == from.getMonthValue() + 2) {
            String quarter = from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
            return perPeriod(inYear).stream().filter(r -> r.key().equals(quarter)).findFirst()
                    .map(r -> withKey(r, key)).orElse(FigureRow.empty(key));
        }
        return query.between(key, from.atDay(1), to.plusMonths(1).atDay(1), filter);
    }

    /** Per month from {@code from} to {@code to} (both included), the months with lines only; keys as in perPeriod. */
    public List<FigureRow> monthsBetween(YearMonth from, YearMonth to, FigureFilter filter) {
        List<FigureRow> months = new java.util.ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            perPeriod(new FigureFilter(year, filter.opgaveId(), filter.providerAgb(), Period.Grouping.MONTH,
                    filter.districtCode())).stream()
                    .filter(m -> m.key().compareTo(from.toString()) >= 0 && m.key().compareTo(to.toString()) <= 0)
                    .forEach(months::add);
        }
        return months;
    }

    private static FigureRow withKey(FigureRow row, String key) {
        return new FigureRow(key, row.amountCents(), row.clients(), row.lines(), row.volumes());
    }

    /**
     * Allocated (toewijzingen) beside declared beside approved (declaration answers) in the filter's year, per opgave,
     * provider and district (ADR 0023).
     */
    public AllocationComparison allocations(FigureFilter filter) {
        return allocations.compare(filter);
    }

    /** The same for the months {@code from} to {@code to} (both included), as one row; declared as in totalBetween. */
    public AllocationRow allocationsBetween(YearMonth from, YearMonth to, FigureFilter filter) {
        return allocations.total(from.atDay(1), to.atEndOfMonth(), filter, totalBetween(from, to, filter).amountCents());
    }

    /** Budget (input), clients (throughput), volume and amount (output) of one opgave in one year. */
    public EffectChain effectChain(long opgaveId, int year) {
        FigureFilter filter = new FigureFilter(year, opgaveId, null, Period.Grouping.MONTH);
        YearMonth from = YearMonth.of(year, 1);
        YearMonth to = YearMonth.of(year, 12);
        return new EffectChain(opgaveId, year, budgets.budgetCents(opgaveId, year), total(filter),
                budgetShare(opgaveId, from, to, filter));
    }

    /**
     * The amount declared in the months from–to that have a budget, against those months' budget (the one rule for
     * "Deel van het budget" on the effect chain, in dialogues and in council reports). Budgets are per opgave: a
     * filter on a provider or district gives {@link BudgetShare#NONE}.
     */
    public BudgetShare budgetShare(long opgaveId, YearMonth from, YearMonth to, FigureFilter filter) {
        if (filter.providerAgb() != null || filter.districtCode() != null) {
            return BudgetShare.NONE;
        }
        return BudgetShare.of(budgets.monthly(opgaveId, from, to), monthsBetween(from, to, filter), from, to);
    }
}
