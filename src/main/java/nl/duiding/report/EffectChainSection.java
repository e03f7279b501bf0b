package nl.duiding.report;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.duiding.chart.ChartSvg;
import nl.duiding.chart.TrendChart;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.ProviderView;
import nl.duiding.platform.Period;
import nl.duiding.production.AllocationRow;
import nl.duiding.production.FigureFilter;
import nl.duiding.production.BudgetShare;
import nl.duiding.production.FigureRow;
import nl.duiding.production.Money;
import nl.duiding.production.OpgaveBudgets;
import nl.duiding.production.ProductionFigures;
import nl.duiding.report.ReportSnapshot.Block;
import nl.duiding.report.ReportSnapshot.Row;
import nl.duiding.report.ReportSnapshot.Table;

/**
 * The cold side: budget (input), clients with a toewijzing and clients in care (throughput), volume and amount
 * declared, approved and rejected (output, ADR 0023), amount per client and
 * the trend per month, over the months the report's period covers (declarations count in the month their product
 * period starts), for the report's provider and district when it has them. Unique clients are counted once over
 * the whole period. Client counts are disclosed like every count; the amount per client and a month's amount only
 * when enough clients are behind them.
 */
@Component
class EffectChainSection implements ReportSectionBuilder {

    private final ProductionFigures figures;
    private final OpgaveBudgets budgets;
    private final OpgaveCatalog catalog;

    EffectChainSection(ProductionFigures figures, OpgaveBudgets budgets, OpgaveCatalog catalog) {
        this.figures = figures;
        this.budgets = budgets;
        this.catalog = catalog;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Optional<ReportSnapshot.Section> build(ReportContext context) {
        ReportScope scope = context.scope();
        DisclosurePolicy policy = context.policy();
        YearMonth from = YearMonth.from(scope.from());
        YearMonth to = YearMonth.from(scope.to());
        String agb = scope.providerId() == null ? null
                : catalog.provider(scope.providerId()).map(ProviderView::agbCode).orElse(null);
        FigureFilter filter = new FigureFilter(to.getYear(), scope.opgaveId(), agb, Period.Grouping.MONTH,
                scope.districtCode());
        long budget = budgets.budgetCents(scope.opgaveId(), from, to);
        FigureRow total = figures.totalBetween(from, to, filter);
        String months = from.equals(to) ? monthName(from) : context.text("report.chain.months", monthName(from), monthName(to));
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(context.text("report.chain.intro", months)));
        List<Row> rows = new ArrayList<>();
        rows.add(row(context.text("report.chain.budget"), budget > 0 ? Money.euros(budget) : context.text("report.chain.noBudget")));
        AllocationRow allocated = figures.allocationsBetween(from, to, filter);
        boolean answered = allocated.approvedCents() != 0 || allocated.rejectedCents() != 0;
        if (allocated.allocations() > 0) {
            rows.add(row(context.text("report.chain.allocatedClients"), policy.count(allocated.clients())));
        }
        rows.add(row(context.text("report.chain.clients"), policy.count(total.clients())));
        for (FigureRow.UnitVolume volume : total.volumes()) {
            rows.add(row(context.text("report.chain.volume", volume.unitName()), String.format(ReportContext.DUTCH, "%,d", policy.quantity(volume.volume()))));
        }
        rows.add(row(context.text("report.chain.amount"), Money.euros(policy.amountCents(total.amountCents()))));
        if (answered) {
            rows.add(row(context.text("report.chain.approved"), Money.euros(policy.amountCents(allocated.approvedCents()))));
            rows.add(row(context.text("report.chain.rejected"), Money.euros(policy.amountCents(allocated.rejectedCents()))));
        }
        var perClient = policy.amountPerClientCents(total.amountCents(), total.clients());
        rows.add(row(context.text("report.chain.perClient"), perClient.isPresent()
                ? Money.euros(perClient.getAsLong()) : context.text("report.suppressed")));
        BudgetShare share = figures.budgetShare(scope.opgaveId(), from, to, filter);
        if (share.present()) {
            rows.add(row(context.text("report.chain.budgetShare"), share.percent() + "%" + (share.complete() ? ""
                    : " (" + context.text("report.chain.shareMonths", share.budgetMonths(), share.months()) + ")")));
        }
        String note = agb == null && scope.districtCode() == null ? null : context.text("report.chain.providerNote");
        blocks.add(Block.table(new Table(context.text("report.chain.caption", months), context.text("report.chain.link"),
                List.of(context.text("report.chain.value")), rows, note)));
        trend(context, figures.monthsBetween(from, to, filter), blocks);
        return Optional.of(new ReportSnapshot.Section("effectketen", context.text("report.section.chain"), blocks));
    }

    private static String monthName(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", ReportContext.DUTCH));
    }

    private void trend(ReportContext context, List<FigureRow> months, List<Block> blocks) {
        if (months.isEmpty()) {
            blocks.add(Block.note(context.text("report.chain.noFigures")));
            return;
        }
        List<TrendChart.Period> periods = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        long max = 0;
        for (FigureRow month : months) {
            Long published = context.policy().periodAmountCents(month.amountCents(), month.clients());
            // a hidden month gets its tick only: no dot, no point, so the drawing says no more than the table
            periods.add(new TrendChart.Period(month.key(), published,
                    published == null ? null : month.key() + ": " + Money.euros(published), false));
            max = published == null ? max : Math.max(max, published);
            rows.add(new Row(month.key(), List.of(published == null ? context.text("report.suppressed") : Money.euros(published),
                    context.policy().count(month.clients())), false));
        }
        String title = context.text("report.chain.trend");
        String svg = ChartSvg.trend(TrendChart.of(periods, Money.euros(max)), title, null, ChartSvg.Use.INLINE);
        blocks.add(Block.chart(svg, title, new Table(title,
                context.text("report.chain.month"), List.of(context.text("report.chain.amount"),
                context.text("report.chain.clients")), rows, null)));
    }

    private static Row row(String label, String value) {
        return new Row(label, List.of(value), false);
    }
}
