package nl.duiding.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.duiding.analysis.SignifierAggregates.Shares;
import nl.duiding.analysis.TriadStatistics;
import nl.duiding.chart.BarChart;
import nl.duiding.chart.ChartSvg;
import nl.duiding.chart.TriadChart;
import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.FrameworkDefinition.OptionDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.framework.Frameworks;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.ProviderView;
import nl.duiding.report.ReportSnapshot.Block;
import nl.duiding.report.ReportSnapshot.Row;
import nl.duiding.report.ReportSnapshot.Table;
import nl.duiding.story.TellerRole;

/**
 * The warm side: stories by role now and in the previous period, by provider and role, and the main signifier
 * patterns (triads as ternary plots, sliders as means) — each chart only with enough tellers behind it.
 */
@Component
class WarmSection implements ReportSectionBuilder {

    private final Frameworks frameworks;
    private final OpgaveCatalog catalog;

    WarmSection(Frameworks frameworks, OpgaveCatalog catalog) {
        this.frameworks = frameworks;
        this.catalog = catalog;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Optional<ReportSnapshot.Section> build(ReportContext context) {
        WarmData now = context.current();
        WarmData before = context.previous();
        DisclosurePolicy policy = context.policy();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(context.text("report.warm.intro", policy.count(now.total, now.totalKey), context.label("period"))));
        TellerRole[] roles = TellerRole.values();
        long[][] byRole = new long[roles.length][2];
        double[][] roleKeys = new double[roles.length][2];
        List<String> roleLabels = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            roleLabels.add(context.text("report.role." + roles[i].name()));
            byRole[i][0] = now.perRole.getOrDefault(roles[i], 0L);
            byRole[i][1] = before.perRole.getOrDefault(roles[i], 0L);
            roleKeys[i][0] = now.perRoleKey.getOrDefault(roles[i], 0d);
            roleKeys[i][1] = before.perRoleKey.getOrDefault(roles[i], 0d);
        }
        var roleTable = policy.protect(new CountTable(context.text("report.warm.byRole"), context.text("report.warm.role"),
                roleLabels, List.of(context.label("period"), context.label("previousPeriod")), byRole, false, true,
                context.text("report.total")), roleKeys);
        Table published = Sections.table(roleTable, context.text("report.disclosure.tableNote"));
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            String text = roleTable.text()[i][0];
            // a hidden cell ("< 8", "–") gets no bar at all: a 1 px bar would say more than its table cell
            bars.add(new BarChart.Bar(roleLabels.get(i), text.chars().allMatch(Character::isDigit) ? Long.parseLong(text) : null, text));
        }
        blocks.add(Block.chart(ChartSvg.bars(BarChart.of(bars), context.text("report.warm.byRole"), ChartSvg.Use.INLINE),
                context.text("report.warm.byRole"), published));
        if (context.scope().providerId() == null) {
            ProviderRows table = providerTable(context, now, roles, roleLabels);
            blocks.add(Block.table(Sections.table(policy.protect(table.counts(), table.keys()),
                    context.text("report.disclosure.tableNote"))));
        }
        patterns(context, now, before, blocks);
        return Optional.of(new ReportSnapshot.Section("verhalen", context.text("report.section.warm"), blocks));
    }

    record ProviderRows(CountTable counts, double[][] keys) {
    }

    /**
     * Stories per provider and role, with a row for every known provider and for "no provider", also when it has no
     * story: a row that only appears with stories would tell that a "&lt; 8" means 1–7 rather than 0–7.
     */
    private ProviderRows providerTable(ReportContext context, WarmData now, TellerRole[] roles, List<String> roleLabels) {
        List<String> providers = new ArrayList<>();
        List<long[]> cells = new ArrayList<>();
        List<double[]> keys = new ArrayList<>();
        Map<Long, String> rows = new java.util.LinkedHashMap<>();
        catalog.providers().forEach(p -> rows.put(p.id(), p.name()));
        now.perProviderRole.keySet().forEach(id -> rows.putIfAbsent(id,
                catalog.provider(id).map(ProviderView::name).orElse("?")));
        rows.remove(-1L);
        rows.put(-1L, context.text("report.warm.noProvider"));
        for (Map.Entry<Long, String> e : rows.entrySet()) {
            providers.add(e.getValue());
            Map<TellerRole, Long> counts = now.perProviderRole.getOrDefault(e.getKey(), Map.of());
            Map<TellerRole, Double> cellKeys = now.perProviderRoleKey.getOrDefault(e.getKey(), Map.of());
            long[] row = new long[roles.length];
            double[] key = new double[roles.length];
            for (int i = 0; i < roles.length; i++) {
                row[i] = counts.getOrDefault(roles[i], 0L);
                key[i] = cellKeys.getOrDefault(roles[i], 0d);
            }
            cells.add(row);
            keys.add(key);
        }
        return new ProviderRows(new CountTable(context.text("report.warm.byProvider"), context.text("report.warm.provider"),
                providers, roleLabels, cells.toArray(long[][]::new), true, true, context.text("report.total")),
                keys.toArray(double[][]::new));
    }

    private void patterns(ReportContext context, WarmData now, WarmData before, List<Block> blocks) {
        DisclosurePolicy policy = context.policy();
        List<QuestionDefinition> questions = questions(now);
        for (QuestionDefinition q : questions) {
            TriadStatistics points = now.triads.get(q.code());
            if (q.kind() != nl.duiding.framework.QuestionKind.TRIAD || points == null || points.n() == 0) {
                continue;
            }
            String prompt = q.prompt().nl();
            if (!policy.allowsAggregate(points.n())) {
                blocks.add(Block.note(context.text("report.warm.tooFew", prompt, policy.minTellers())));
                continue;
            }
            List<String> corners = q.options().stream().map(OptionDefinition::label).map(l -> l.nl()).toList();
            TriadStatistics previous = before.triads.get(q.code());
            Shares mean = points.mean();
            Shares previousMean = previous != null && policy.allowsAggregate(previous.n()) ? previous.mean() : null;
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                rows.add(new Row(corners.get(i), List.of(Math.round(share(mean, i) * 100) + "%",
                        previousMean == null ? context.text("report.suppressed") : Math.round(share(previousMean, i) * 100) + "%"), false));
            }
            Table data = new Table(context.text("report.warm.triadTable", prompt,
                    policy.count(points.n(), now.triadKeys.getOrDefault(q.code(), 0d))),
                    context.text("report.warm.corner"), List.of(context.label("period"), context.label("previousPeriod")),
                    rows, context.text("report.warm.triadNote"));
            // aggregates only: cells with at least the minimum number of tellers, the mean and its region
            TriadChart chart = TriadChart.published(q.code(), corners, points.density(TriadChart.PUBLISHED_DIVISIONS),
                    mean, points.result().confidenceRegion(), policy.minTellers());
            blocks.add(Block.chart(ChartSvg.triad(chart, prompt, ChartSvg.Use.INLINE), prompt, data));
        }
        List<Row> sliders = new ArrayList<>();
        for (QuestionDefinition q : questions) {
            List<Double> values = now.dyads.getOrDefault(q.code(), List.of());
            if (q.kind() == nl.duiding.framework.QuestionKind.DYAD && policy.allowsAggregate(values.size())) {
                double m = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                List<Double> old = before.dyads.getOrDefault(q.code(), List.of());
                sliders.add(new Row(q.prompt().nl() + " (" + q.options().get(0).label().nl() + " – "
                        + q.options().get(1).label().nl() + ")", List.of(Math.round(m * 100) + "%",
                        policy.allowsAggregate(old.size()) ? Math.round(old.stream().mapToDouble(Double::doubleValue)
                                .average().orElse(0) * 100) + "%" : context.text("report.suppressed")), false));
            }
        }
        if (!sliders.isEmpty()) {
            blocks.add(Block.table(new Table(context.text("report.warm.sliders"), context.text("report.warm.slider"),
                    List.of(context.label("period"), context.label("previousPeriod")), sliders,
                    context.text("report.warm.slidersNote"))));
        }
    }

    /** The questions of the frameworks the stories answered, each code once, in framework order. */
    private List<QuestionDefinition> questions(WarmData data) {
        Map<String, QuestionDefinition> byCode = new java.util.LinkedHashMap<>();
        for (long id : data.frameworks) {
            frameworks.definition(id).map(FrameworkDefinition::questions).orElse(List.of())
                    .forEach(q -> byCode.putIfAbsent(q.code(), q));
        }
        return List.copyOf(byCode.values());
    }

    private static double share(Shares shares, int corner) {
        return switch (corner) {
            case 0 -> shares.a();
            case 1 -> shares.b();
            default -> shares.c();
        };
    }
}
