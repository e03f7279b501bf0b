package nl.duiding.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.ProviderView;
import nl.duiding.production.EffectChain;
import nl.duiding.production.FigureFilter;
import nl.duiding.production.FigureRow;
import nl.duiding.production.ProductionFigures;
import nl.duiding.production.TrendChart;

/**
 * Cold figures for one year: the opgave's effect chain (budget, clients, amount), or one provider's declared amount
 * and clients within the opgave, with the amount per month as a line.
 */
@Component
class ColdFiguresKind implements MaterialKind {

    static final String CODE = "COLD_FIGURES";

    record Period(String key, long amountCents, long clients) {
    }

    /** {@code budgetCents} and {@code budgetSharePercent} are -1 for one provider (budgets are per opgave). */
    record Snapshot(int year, String providerName, long budgetCents, int budgetSharePercent, long amountCents, long clients,
                    long amountPerClientCents, List<Period> periods) {
    }

    private final ProductionFigures figures;
    private final OpgaveCatalog catalog;
    private final SvgRenderer svg;
    private final MessageSource messages;
    private final AuditLog audit;

    ColdFiguresKind(ProductionFigures figures, OpgaveCatalog catalog, SvgRenderer svg, MessageSource messages, AuditLog audit) {
        this.figures = figures;
        this.catalog = catalog;
        this.svg = svg;
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
        Long year = MaterialFields.optionalLong(fields, "year");
        int y = year == null ? dialogue.periodStart().getYear() : (int) Math.max(1990, Math.min(2200, year));
        ProviderView provider = providerId == null ? null : catalog.provider(providerId)
                .orElseThrow(() -> MaterialRefusedException.invalid("dialogue.material.invalid"));
        FigureFilter filter = new FigureFilter(y, dialogue.opgaveId(), provider == null ? null : provider.agbCode(),
                FigureFilter.Granularity.MONTH);
        FigureRow total;
        long budget = -1;
        int share = -1;
        if (provider == null) {
            EffectChain chain = figures.effectChain(dialogue.opgaveId(), y);
            total = chain.output();
            budget = chain.budgetCents();
            share = chain.budgetSharePercent();
        } else {
            total = figures.total(filter);
        }
        List<FigureRow> periods = figures.perPeriod(filter);
        audit.record(AuditAction.READ, "DIALOGUE_FIGURES", dialogue.opgaveId(), AuditResult.OK,
                "dialogue=" + dialogue.id() + " year=" + y + (provider == null ? "" : " provider=" + provider.id()));
        Snapshot snapshot = new Snapshot(y, provider == null ? null : provider.name(), budget, share, total.amountCents(),
                total.clients(), total.amountPerClientCents(),
                periods.stream().map(p -> new Period(p.key(), p.amountCents(), p.clients())).toList());
        String title = messages.getMessage("dialogue.material.figures.title", new Object[] {y,
                provider == null ? "" : provider.name()}, locale);
        String caption = messages.getMessage("dialogue.material.figures.trend", new Object[] {y}, locale);
        return new Frozen(title, providerId, null, null, snapshot,
                svg.render("trend", Map.of("chart", TrendChart.of(periods, locale), "caption", caption), locale),
                "/dashboard/productie/opgave/" + dialogue.opgaveId() + "?jaar=" + y);
    }
}
