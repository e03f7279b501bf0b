package nl.duiding.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.duiding.analysis.FacetCounts;
import nl.duiding.analysis.SignifierAggregates;
import nl.duiding.framework.FrameworkDefinition.OptionDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;

/** Every chart of the opgave dashboard, built from the opgave's questions and the index's aggregates. */
record SignifierCharts(List<TriadPlot> triads, List<HistogramChart> dyads, List<HistogramChart> scales,
                       List<StonesPlot> stones, List<ChoiceFacet> choices, List<NotApplicable> notApplicable) {

    /** A choice question's options with their (sideways) counts, each a filter link. */
    record ChoiceFacet(String code, String prompt, List<Option> options) {
    }

    record Option(String code, String label, long count) {
    }

    /** How many stories answered "not applicable" to a question. */
    record NotApplicable(String code, String prompt, long count) {
    }

    static SignifierCharts of(Map<String, QuestionDefinition> questions, SignifierAggregates aggregates,
                              FacetCounts facets, Locale locale) {
        List<TriadPlot> triads = new ArrayList<>();
        List<HistogramChart> dyads = new ArrayList<>();
        List<HistogramChart> scales = new ArrayList<>();
        List<StonesPlot> stones = new ArrayList<>();
        List<ChoiceFacet> choices = new ArrayList<>();
        List<NotApplicable> na = new ArrayList<>();
        for (QuestionDefinition q : questions.values()) {
            String prompt = q.prompt().in(locale);
            List<String> labels = q.options().stream().map(o -> o.label().in(locale)).toList();
            switch (q.kind()) {
                case TRIAD -> {
                    var aggregate = aggregates.triads().get(q.code());
                    if (aggregate != null) {
                        triads.add(TriadPlot.of(prompt, labels, aggregate));
                    }
                }
                case DYAD -> {
                    var aggregate = aggregates.dyads().get(q.code());
                    if (aggregate != null) {
                        dyads.add(HistogramChart.of(prompt, label(labels, 0), label(labels, 1), false, aggregate, locale));
                    }
                }
                case SCALE -> {
                    var aggregate = aggregates.scales().get(q.code());
                    if (aggregate != null) {
                        scales.add(HistogramChart.of(prompt, label(labels, 0), label(labels, 1), true, aggregate, locale));
                    }
                }
                case STONES -> {
                    var aggregate = aggregates.stones().get(q.code());
                    if (aggregate != null) {
                        Map<String, String> items = new LinkedHashMap<>();
                        q.options().forEach(o -> items.put(o.code(), o.label().in(locale)));
                        stones.add(StonesPlot.of(prompt, q.xAxis() == null ? "" : q.xAxis().in(locale),
                                q.yAxis() == null ? "" : q.yAxis().in(locale), items, aggregate));
                    }
                }
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices.add(choiceFacet(q, prompt, facets, locale));
                default -> { }
            }
            long notApplicable = aggregates.notApplicable().getOrDefault(q.code(), 0L);
            if (q.notApplicable() || notApplicable > 0) {
                na.add(new NotApplicable(q.code(), prompt, notApplicable));
            }
        }
        return new SignifierCharts(triads, dyads, scales, stones, choices, na);
    }

    private static ChoiceFacet choiceFacet(QuestionDefinition q, String prompt, FacetCounts facets, Locale locale) {
        Map<String, Long> counts = facets.choices().getOrDefault(q.code(), Map.of());
        List<Option> options = new ArrayList<>();
        for (OptionDefinition o : q.options()) {
            options.add(new Option(o.code(), o.label().in(locale), counts.getOrDefault(o.code(), 0L)));
        }
        return new ChoiceFacet(q.code(), prompt, options);
    }

    private static String label(List<String> labels, int i) {
        return labels.size() > i ? labels.get(i) : "";
    }

    public boolean isEmpty() {
        return triads.isEmpty() && dyads.isEmpty() && scales.isEmpty() && stones.isEmpty();
    }
}
