package nl.duiding.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.duiding.collection.OpgaveQuestions;
import nl.duiding.analysis.Comparison;
import nl.duiding.analysis.FacetCounts;
import nl.duiding.analysis.StoryComparisons;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;

/**
 * Two subsets of an opgave's stories side by side: per question the fitting test, its statistic, p-value and effect
 * size, or why no test is shown. The officer picks the subsets from the opgave's own facet values.
 */
@Controller
class ComparisonController {

    private final OpgaveCatalog catalog;
    private final OpgaveQuestions opgaveQuestions;
    private final StoryQueries queries;
    private final StoryComparisons comparisons;
    private final AuditLog audit;

    ComparisonController(OpgaveCatalog catalog, OpgaveQuestions opgaveQuestions, StoryQueries queries,
                         StoryComparisons comparisons, AuditLog audit) {
        this.catalog = catalog;
        this.opgaveQuestions = opgaveQuestions;
        this.queries = queries;
        this.comparisons = comparisons;
        this.audit = audit;
    }

    /** A choosable subset: its parameter value and how the page names it. */
    record Choice(String spec, String kind, String label) {
    }

    @GetMapping("/dashboard/opgave/{id}/vergelijk")
    String compare(@PathVariable long id, @RequestParam(required = false) String a,
                   @RequestParam(required = false) String b, Locale locale, Model model) {
        OpgaveView opgave = catalog.opgave(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        StoryFilter whole = StoryFilter.opgave(id);
        model.addAttribute("opgave", opgave);
        model.addAttribute("choices", choices(queries.facets(whole)));
        Optional<Subset> first = Subset.parse(a).filter(s -> !s.isRest());
        Optional<Subset> second = Subset.parse(b);
        model.addAttribute("a", first.map(Subset::spec).orElse(null));
        model.addAttribute("b", second.map(Subset::spec).orElse(null));
        if (first.isPresent() && second.isPresent()) {
            StoryFilter filterA = first.get().apply(whole).orElseThrow();
            Comparison comparison = second.get().isRest() ? comparisons.compareWithRest(whole, filterA)
                    : comparisons.compare(filterA, second.get().apply(whole).orElseThrow());
            audit.record(AuditAction.READ, "OPGAVE_COMPARISON", id, AuditResult.OK,
                    "a=" + first.get().spec() + " b=" + second.get().spec());
            model.addAttribute("comparison", comparison);
            model.addAttribute("prompts", prompts(id, locale));
        } else if (a != null || b != null) {
            model.addAttribute("invalid", true);
        }
        return "dashboard/compare";
    }

    private List<Choice> choices(FacetCounts facets) {
        Map<String, String> providerNames = new LinkedHashMap<>();
        catalog.providers().forEach(p -> providerNames.put(Long.toString(p.id()), p.name()));
        Map<String, String> districtNames = new LinkedHashMap<>();
        catalog.districts().forEach(d -> districtNames.put(d.code(), d.name()));
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("all", "all", ""));
        facets.roles().keySet().forEach(r -> choices.add(new Choice("role:" + r, "role", r)));
        facets.providers().keySet().stream().filter(p -> !p.equals("-"))
                .forEach(p -> choices.add(new Choice("provider:" + p, "provider", providerNames.getOrDefault(p, p))));
        facets.districts().keySet().forEach(d -> choices.add(new Choice("district:" + d, "district", districtNames.getOrDefault(d, d))));
        facets.quarters().keySet().forEach(q -> choices.add(new Choice("quarter:" + q, "quarter", q)));
        return choices;
    }

    private Map<String, String> prompts(long opgaveId, Locale locale) {
        Map<String, String> prompts = new LinkedHashMap<>();
        opgaveQuestions.all(opgaveId).forEach((code, q) -> prompts.put(code, q.prompt().in(locale)));
        return prompts;
    }
}
