package nl.duiding.production;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's query API: amount, volume per unit, unique clients, amount per client and average tariff, per
 * period, provider, district and opgave, and the cold side of an opgave's effect chain. Figures only: no line,
 * no pseudonym leaves the module.
 */
@Service
@Transactional(readOnly = true)
public class ProductionFigures {

    private final FigureQuery query;
    private final OpgaveBudgets budgets;

    ProductionFigures(FigureQuery query, OpgaveBudgets budgets) {
        this.query = query;
        this.budgets = budgets;
    }

    /** Years with declared lines, newest first. */
    public List<Integer> years() {
        return query.years();
    }

    public FigureRow total(FigureFilter filter) {
        return query.grouped("'total'", "", filter).stream().findFirst().orElse(FigureRow.empty("total"));
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
        String key = filter.granularity() == FigureFilter.Granularity.QUARTER
                ? "to_char(l.product_start, 'YYYY-\"Q\"Q')" : "to_char(l.product_start, 'YYYY-MM')";
        return query.grouped(key, "", filter);
    }

    /** Keys are AGB codes. */
    public List<FigureRow> perProvider(FigureFilter filter) {
        return query.grouped("l.provider_agb", "", filter);
    }

    /** Keys are CBS district codes; the empty key holds lines without a known district. */
    public List<FigureRow> perDistrict(FigureFilter filter) {
        return query.grouped("l.district_code", "", filter);
    }

    /** Keys are opgave ids; a line linked to two opgaven counts in both, once each. */
    public List<FigureRow> perOpgave(FigureFilter filter) {
        return query.grouped("o.opgave_id::text", "cross join lateral (select distinct m.opgave_id from opgave_product m "
                + "where m.law = l.law and m.product_category = l.product_category "
                + "and (m.product_code = '' or m.product_code = l.product_code)) o", filter);
    }

    /** Budget (input), clients (throughput), volume and amount (output) of one opgave in one year. */
    public EffectChain effectChain(long opgaveId, int year) {
        FigureFilter filter = new FigureFilter(year, opgaveId, null, FigureFilter.Granularity.MONTH);
        return new EffectChain(opgaveId, year, budgets.budgetCents(opgaveId, year), total(filter));
    }
}
