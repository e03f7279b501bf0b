package nl.duiding.dialogue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.duiding.collection.OpgaveQuestions;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.SignifierAggregates;
import nl.duiding.analysis.SignifierAggregates.Shares;
import nl.duiding.analysis.SignifierAggregates.TriadAggregate;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.production.EffectChain;
import nl.duiding.production.ProductionFigures;

/** Measures an opgave's data now: the "then" a dialogue keeps, and the "now" the next dialogue compares with. */
@Component
class Baselines {

    private final StoryQueries queries;
    private final ProductionFigures figures;
    private final OpgaveQuestions triads;

    Baselines(StoryQueries queries, ProductionFigures figures, OpgaveQuestions triads) {
        this.queries = queries;
        this.figures = figures;
        this.triads = triads;
    }

    Baseline measure(long opgaveId, int year) {
        Map<String, QuestionDefinition> questions = triads.triads(opgaveId);
        SignifierAggregates aggregates = queries.aggregates(StoryFilter.opgave(opgaveId));
        Map<String, Baseline.TriadMean> means = new LinkedHashMap<>();
        questions.forEach((code, q) -> means.put(code, mean(q.prompt().in(Locale.forLanguageTag("nl")),
                aggregates.triads().get(code))));
        EffectChain chain = figures.effectChain(opgaveId, year);
        return new Baseline(Instant.now(), aggregates.total(), means, year, chain.output().amountCents(),
                chain.output().clients());
    }

    /** The mean the statistics core computed (the dashboard's), kept unrounded so both show the same figure. */
    static Baseline.TriadMean mean(String prompt, TriadAggregate aggregate) {
        if (aggregate == null || aggregate.n() == 0 || aggregate.mean() == null) {
            return new Baseline.TriadMean(prompt, 0, 0, 0, 0);
        }
        Shares m = aggregate.mean();
        return new Baseline.TriadMean(prompt, m.a(), m.b(), m.c(), aggregate.n());
    }
}
