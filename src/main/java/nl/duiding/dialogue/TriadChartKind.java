package nl.duiding.dialogue;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.duiding.collection.OpgaveQuestions;
import nl.duiding.analysis.PageFilter;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.SignifierAggregates.TriadAggregate;
import nl.duiding.analysis.TriadStatistics;
import nl.duiding.analysis.TriadZone;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.chart.ChartSvg;
import nl.duiding.chart.TriadChart;
import nl.duiding.framework.FrameworkDefinition.OptionDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.ProviderView;
import nl.duiding.report.DisclosurePolicy;
import nl.duiding.story.TellerRole;

/**
 * A triad for a filter: the dialogue's opgave and the months of its period, optionally one provider, one teller
 * role and one of the dialogue's districts. A chart about one provider counts only stories shared with that
 * provider, so a provider never sees more than on its own page.
 */
@Component
class TriadChartKind implements MaterialKind {

    static final String CODE = "TRIAD_CHART";

    /**
     * The frozen data: what was asked, of which stories, and the data table behind the picture. {@code zoneCounts}
     * and {@code mean} are the statistics core's, the dashboard's figures for the same filter; {@code zones} is only
     * in snapshots pinned before that (issue 15) and is shown as it was frozen. {@code cells} are the density cells
     * the chart draws (each with at least the minimum number of tellers), absent in older snapshots.
     */
    record Snapshot(String code, String prompt, List<String> corners, String providerName, String role, long answers,
                    LegacyZones zones, Map<TriadZone, Long> zoneCounts, Baseline.TriadMean mean, String districtName,
                    String period, List<DensityCell> cells, Published published) {
    }

    /**
     * The counts as they are shown, through the council report's disclosure policy (issue 13: invited providers and
     * the griffie read them): the answers and each shown zone and cell rounded to 5, an empty zone 0, a hidden zone
     * null. Absent in snapshots pinned before; those are shown as they were frozen.
     */
    record Published(String answers, Map<TriadZone, String> zones, List<String> cells) {
    }

    /** A drawn density cell: its range of shares per corner and how many answers fall in it. */
    record DensityCell(String label, long count) {
    }

    /** How older snapshots counted: answers leaning to a corner (its share the largest, at least 0.5), or balanced. */
    record LegacyZones(long a, long b, long c, long balanced) {
    }

    private final StoryQueries queries;
    private final OpgaveQuestions triads;
    private final OpgaveCatalog catalog;
    private final MessageSource messages;

    private final DisclosurePolicy policy;
    private final int minTellers;

    TriadChartKind(StoryQueries queries, OpgaveQuestions triads, OpgaveCatalog catalog, MessageSource messages,
                   DisclosurePolicy policy) {
        this.policy = policy;
        this.minTellers = policy.minTellers();
        this.queries = queries;
        this.triads = triads;
        this.catalog = catalog;
        this.messages = messages;
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
        QuestionDefinition question = triads.triads(dialogue.opgaveId()).get(MaterialFields.text(fields, "triad"));
        if (question == null) {
            throw MaterialRefusedException.invalid("dialogue.material.noTriad");
        }
        TellerRole role = role(MaterialFields.text(fields, "role"));
        String district = MaterialFields.district(fields, dialogue);
        YearMonth from = dialogue.firstMonth();
        YearMonth to = dialogue.lastMonth();
        String providerName = providerId == null ? null : catalog.provider(providerId).map(ProviderView::name)
                .orElseThrow(() -> MaterialRefusedException.invalid("dialogue.material.invalid"));
        StoryFilter filter = new StoryFilter(dialogue.opgaveId(), providerId, role, null, providerId == null ? null : true)
                .withDistrict(district).withPeriod(from, to);
        TriadAggregate aggregate = queries.aggregates(filter).triads().get(question.code());
        long answers = aggregate == null ? 0 : aggregate.n();
        if (answers > 0 && answers < minTellers) {
            // providers are outside the municipality: a chart on fewer answers would show single tellers' answers
            throw MaterialRefusedException.invalid("dialogue.material.tooFewAnswers");
        }
        String prompt = question.prompt().in(locale);
        List<String> corners = question.options().stream().map(OptionDefinition::label).map(l -> l.in(locale)).toList();
        // aggregates only: the zone counts, the mean and its region, cells with enough tellers; never one dot per teller
        TriadChart chart = aggregate == null ? TriadChart.frame(question.code(), corners)
                : TriadChart.published(question.code(), corners, aggregate.density().coarsened(TriadChart.PUBLISHED_DIVISIONS),
                        aggregate.mean(), aggregate.confidenceRegion(), minTellers);
        Map<TriadZone, Long> zones = shieldSmallZones(aggregate == null ? TriadStatistics.of(question.code()).zones()
                : aggregate.zones(), minTellers);
        Map<TriadZone, String> shownZones = new java.util.LinkedHashMap<>();
        zones.forEach((zone, n) -> shownZones.put(zone, n == null ? null : n == 0 ? "0" : policy.count(n)));
        Published published = new Published(answers == 0 ? "0" : policy.count(answers), shownZones,
                chart.cells().stream().map(c -> policy.count(c.count())).toList());
        Snapshot snapshot = new Snapshot(question.code(), prompt, corners, providerName, role == null ? null : role.name(),
                answers, null, zones, Baselines.mean(prompt, aggregate),
                MaterialFields.districtName(catalog, district), dialogue.months(),
                chart.cells().stream().map(c -> new DensityCell(c.label(), c.count())).toList(), published);
        String label = messages.getMessage("analysis.triad.label", new Object[] {prompt, published.answers()}, locale);
        String link = new PageFilter(null, providerId, role, district, from, to, List.of(), null, null, null)
                .link("/dashboard/opgave/" + dialogue.opgaveId());
        return new Frozen(prompt, providerId, null, null, snapshot,
                ChartSvg.triad(chart, label, ChartSvg.Use.IMAGE), link);
    }

    /**
     * The zone counts a provider may read: a zone of 1 to {@code min - 1} tellers is not shown (null), and while the
     * hidden zones together hold 1 to {@code min - 1} tellers (the total minus the shown zones would give them away)
     * the smallest shown zone is hidden too. Zeros stay: an empty zone names nobody.
     */
    static Map<TriadZone, Long> shieldSmallZones(Map<TriadZone, Long> zones, int min) {
        Map<TriadZone, Long> shown = new java.util.LinkedHashMap<>(zones);
        long hidden = 0;
        for (Map.Entry<TriadZone, Long> zone : zones.entrySet()) {
            if (zone.getValue() > 0 && zone.getValue() < min) {
                shown.put(zone.getKey(), null);
                hidden += zone.getValue();
            }
        }
        while (hidden > 0 && hidden < min) {
            Map.Entry<TriadZone, Long> smallest = shown.entrySet().stream().filter(z -> z.getValue() != null && z.getValue() > 0)
                    .min(Map.Entry.comparingByValue()).orElse(null);
            if (smallest == null) {
                break;
            }
            hidden += smallest.getValue();
            shown.put(smallest.getKey(), null);
        }
        return shown;
    }

    private static TellerRole role(String value) {
        if (value == null) {
            return null;
        }
        try {
            return TellerRole.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw MaterialRefusedException.invalid("dialogue.material.invalid");
        }
    }
}
