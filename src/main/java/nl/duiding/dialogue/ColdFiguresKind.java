package nl.duiding.dialogue;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.chart.ChartSvg;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.ProviderView;
import nl.duiding.production.FigureFilter;
import nl.duiding.production.FigureRow;
import nl.duiding.production.OpgaveBudgets;
import nl.duiding.production.ProductionFigures;
import nl.duiding.production.TrendLine;

/**
 * Cold figures for one year: the opgave's effect chain (budget, clients, amount), or one provider's declared amount
 * and clients within the opgave, with the amount per month as a line.
 */
@Component
class ColdFiguresKind implements MaterialKind {

    static final String CODE = "COLD_FIGURES";

    record Period(String key, long amountCents, long clients) {
    }

    /**
     * {@code budgetCents} and {@code budgetSharePercent} are -1 for one provider or one district (budgets are per
     * opgave). {@code period} (months, e.g. "2026-01 – 2026-06") and {@code districtName} are null in snapshots
     * frozen before they existed, which covered the calendar {@code year}.
     */
    record Snapshot(int year, String providerName, long budgetCents, int budgetSharePercent, long amountCents, long clients,
                    long amountPerClientCents, List<Period> periods, String period, String districtName) {

        /** What the figures cover, for captions: the months, or the year of an older snapshot. */
        public String covers() {
            return period == null ? Integer.toString(year) : period;
        }
    }

    private final ProductionFigures figures;
    private final OpgaveBudgets budgets;
    private final OpgaveCatalog catalog;
    private final MessageSource messages;
    private final AuditLog audit;

    ColdFiguresKind(ProductionFigures figures, OpgaveBudgets budgets, OpgaveCatalog catalog,
                    MessageSource messages, AuditLog audit) {
        this.figures = figures;
        this.budgets = budgets;
        this.catalog = catalog;
        this.messages = messages;
        this.audit = audit;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Class<?> snapshotType() {
        return Snapshot.class;
    }

    @Override
    public Frozen freeze(Dialogue dialogue, Map<String, String> fields, Actor actor, Locale locale) {
        Long providerId = MaterialFields.provider(fields, dialogue, actor);
        String district = MaterialFields.district(fields, dialogue);
        YearMonth from = dialogue.firstMonth();
        YearMonth to = dialogue.lastMonth();
        ProviderView provider = providerId == null ? null : catalog.provider(providerId)
                .orElseThrow(() -> MaterialRefusedException.invalid("dialogue.material.invalid"));
        FigureFilter filter = new FigureFilter(from.getYear(), dialogue.opgaveId(), provider == null ? null : provider.agbCode(),
                nl.duiding.platform.Period.Grouping.MONTH, district);
        FigureRow total = figures.totalBetween(from, to, filter);
        long budget = -1;
        int share = -1;
        if (provider == null && district == null) {
            budget = budgets.budgetCents(dialogue.opgaveId(), from, to);
            share = figures.budgetShare(dialogue.opgaveId(), from, to, filter).percent();
        }
        List<FigureRow> periods = figures.monthsBetween(from, to, filter);
        String covers = dialogue.months();
        String districtName = MaterialFields.districtName(catalog, district);
        audit.record(AuditAction.READ, "DIALOGUE_FIGURES", dialogue.opgaveId(), AuditResult.OK, "dialogue=" + dialogue.id()
                + " months=" + from + ".." + to + (provider == null ? "" : " provider=" + provider.id())
                + (district == null ? "" : " district=" + district));
        Snapshot snapshot = new Snapshot(from.getYear(), provider == null ? null : provider.name(), budget, share,
                total.amountCents(), total.clients(), total.amountPerClientCents(),
                periods.stream().map(p -> new Period(p.key(), p.amountCents(), p.clients())).toList(), covers, districtName);
        String title = messages.getMessage("dialogue.material.figures.title", new Object[] {covers,
                provider == null ? "" : provider.name(), districtName == null ? "" : districtName}, locale);
        String caption = messages.getMessage("dialogue.material.figures.trend", new Object[] {covers}, locale);
        return new Frozen(title, providerId, null, null, snapshot,
                ChartSvg.trend(TrendLine.of(periods, locale), caption,
                        messages.getMessage("production.trend.running", null, locale), ChartSvg.Use.IMAGE),
                "/dashboard/productie/opgave/" + dialogue.opgaveId() + "?jaar=" + from.getYear());
    }
}
