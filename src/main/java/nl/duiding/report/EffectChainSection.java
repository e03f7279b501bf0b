package nl.duiding.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.ProviderView;
import nl.duiding.production.FigureFilter;
import nl.duiding.production.FigureRow;
import nl.duiding.production.Money;
import nl.duiding.production.ProductionFigures;
import nl.duiding.report.ReportSnapshot.Block;
import nl.duiding.report.ReportSnapshot.Row;
import nl.duiding.report.ReportSnapshot.Table;

/**
 * The cold side: budget (input), clients in care (throughput), volume and amount (output), amount per client and
 * the trend per month, for the year the period ends in. Client counts are disclosed like every count; the amount
 * per client and a month's amount only when enough clients are behind them.
 */
@Component
class EffectChainSection implements ReportSectionBuilder {

    private final ProductionFigures figures;
    private final OpgaveCatalog catalog;

    EffectChainSection(ProductionFigures figures, OpgaveCatalog catalog) {
        this.figures = figures;
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
        int year = scope.to().getYear();
        String agb = scope.providerId() == null ? null
                : catalog.provider(scope.providerId()).map(ProviderView::agbCode).orElse(null);
        FigureFilter filter = new FigureFilter(year, scope.opgaveId(), agb, FigureFilter.Granularity.MONTH);
        long budget = figures.effectChain(scope.opgaveId(), year).budgetCents();
        FigureRow total = figures.total(filter);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(context.text("report.chain.intro", year)));
        List<Row> rows = new ArrayList<>();
        rows.add(row(context.text("report.chain.budget"), budget > 0 ? Money.euros(budget) : context.text("report.chain.noBudget")));
        rows.add(row(context.text("report.chain.clients"), policy.count(total.clients())));
        for (FigureRow.UnitVolume volume : total.volumes()) {
            rows.add(row(context.text("report.chain.volume", volume.unitName()), String.format(ReportContext.DUTCH, "%,d", volume.volume())));
        }
        rows.add(row(context.text("report.chain.amount"), Money.euros(total.amountCents())));
        rows.add(row(context.text("report.chain.perClient"), policy.allowsAggregate(total.clients())
                ? Money.euros(total.amountPerClientCents()) : context.text("report.suppressed")));
        if (budget > 0) {
            rows.add(row(context.text("report.chain.budgetShare"),
                    Math.round(total.amountCents() * 100.0 / budget) + "%"));
        }
        blocks.add(Block.table(new Table(context.text("report.chain.caption", year), context.text("report.chain.link"),
                List.of(context.text("report.chain.value")), rows, agb == null ? null : context.text("report.chain.providerNote"))));
        trend(context, filter, blocks);
        return Optional.of(new ReportSnapshot.Section("effectketen", context.text("report.section.chain"), blocks));
    }

    private void trend(ReportContext context, FigureFilter filter, List<Block> blocks) {
        List<FigureRow> months = figures.perPeriod(filter).stream()
                .filter(m -> m.key().compareTo(context.scope().to().toString().substring(0, 7)) <= 0).toList();
        if (months.isEmpty()) {
            blocks.add(Block.note(context.text("report.chain.noFigures")));
            return;
        }
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (FigureRow month : months) {
            boolean shown = context.policy().allowsAggregate(month.clients());
            labels.add(month.key());
            values.add(shown ? month.amountCents() : null);
            rows.add(new Row(month.key(), List.of(shown ? Money.euros(month.amountCents()) : context.text("report.suppressed"),
                    context.policy().count(month.clients())), false));
        }
        String title = context.text("report.chain.trend");
        blocks.add(Block.chart(ReportCharts.trend(title, labels, values), title, new Table(title,
                context.text("report.chain.month"), List.of(context.text("report.chain.amount"),
                context.text("report.chain.clients")), rows, null)));
    }

    private static Row row(String label, String value) {
        return new Row(label, List.of(value), false);
    }
}
