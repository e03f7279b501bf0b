package nl.duiding.dialogue;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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
import nl.duiding.report.DisclosurePolicy;

/**
 * Cold figures for one year: the opgave's effect chain (budget, clients, amount), or one provider's declared amount
 * and clients within the opgave, with the amount per month as a line; frozen through the council report's
 * disclosure policy, because a dialogue shows them to providers (issue 13).
 */
@Component
class ColdFiguresKind implements MaterialKind {

    static final String CODE = "COLD_FIGURES";

    /**
     * One month as published: {@code amountCents} -1 where the month is hidden, {@code publishedClients} the count
     * as the disclosure policy writes it ("&lt; 8", 35). Snapshots frozen before issue 13 hold exact figures and
     * no {@code publishedClients}; they are shown as they were frozen.
     */
    record Period(String key, long amountCents, long clients, String publishedClients) {
    }

    /**
     * {@code budgetCents} and {@code budgetSharePercent} are -1 for one provider or one district (budgets are per
     * opgave). {@code period} (months, e.g. "2026-01 – 2026-06") and {@code districtName} are null in snapshots
     * frozen before they existed, which covered the calendar {@code year}. Since issue 13 the figures are frozen as
     * a council report publishes them ({@link DisclosurePolicy}: invited providers and the griffie read them):
     * amounts to three digits, clients as {@code publishedClients} ({@code clients} is then -1, the exact count is
     * not kept), the amount per client -1 where fewer than the minimum of clients stand behind it.
     */
    record Snapshot(int year, String providerName, long budgetCents, int budgetSharePercent, long amountCents, long clients,
                    long amountPerClientCents, List<Period> periods, String period, String districtName,
                    String publishedClients) {

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
    private final DisclosurePolicy policy;

    ColdFiguresKind(ProductionFigures figures, OpgaveBudgets budgets, OpgaveCatalog catalog,
                    MessageSource messages, AuditLog audit, DisclosurePolicy policy) {
        this.policy = policy;
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
                policy.amountCents(total.amountCents()), -1,
                policy.amountPerClientCents(total.amountCents(), total.clients()).orElse(-1),
                periods.stream().map(p -> new Period(p.key(), Objects.requireNonNullElse(
                        policy.periodAmountCents(p.amountCents(), p.clients()), -1L), -1, policy.count(p.clients()))).toList(),
                covers, districtName, policy.count(total.clients()));
        String title = messages.getMessage("dialogue.material.figures.title", new Object[] {covers,
                provider == null ? "" : provider.name(), districtName == null ? "" : districtName}, locale);
        String caption = messages.getMessage("dialogue.material.figures.trend", new Object[] {covers}, locale);
        return new Frozen(title, providerId, null, null, snapshot,
                ChartSvg.trend(TrendLine.of(periods, locale, p -> policy.periodAmountCents(p.amountCents(), p.clients())), caption,
                        messages.getMessage("production.trend.running", null, locale), ChartSvg.Use.IMAGE),
                "/dashboard/productie/opgave/" + dialogue.opgaveId() + "?jaar=" + from.getYear());
    }
}
