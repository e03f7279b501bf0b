package nl.duiding.dialogue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.duiding.collection.OpgaveQuestions;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryInsights;
import nl.duiding.analysis.StoryInsights.TriadPoint;
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
        StoryInsights insights = queries.insights(StoryFilter.opgave(opgaveId), List.copyOf(questions.keySet()), 0);
        Map<String, Baseline.TriadMean> means = new LinkedHashMap<>();
        questions.forEach((code, q) -> means.put(code, mean(q.prompt().in(Locale.forLanguageTag("nl")),
                insights.triads().getOrDefault(code, List.of()))));
        EffectChain chain = figures.effectChain(opgaveId, year);
        return new Baseline(Instant.now(), insights.total(), means, year, chain.output().amountCents(),
                chain.output().clients());
    }

    static Baseline.TriadMean mean(String prompt, List<TriadPoint> points) {
        double a = 0;
        double b = 0;
        double c = 0;
        for (TriadPoint p : points) {
            a += p.a();
            b += p.b();
            c += p.c();
        }
        int n = points.size();
        return n == 0 ? new Baseline.TriadMean(prompt, 0, 0, 0, 0)
                : new Baseline.TriadMean(prompt, round(a / n), round(b / n), round(c / n), n);
    }

    private static double round(double share) {
        return Math.round(share * 1000) / 1000.0;
    }
}
