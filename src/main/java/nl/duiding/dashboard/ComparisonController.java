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
import nl.duiding.analysis.PageFilter;
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
 * size, or why no test is shown. The officer picks the subsets from the opgave's own facet values. A side travels
 * as one filter parameter and its value ({@code a=rol:CLIENT}, {@code kwartaal:2026-Q1}, {@code maand:2026-01},
 * {@code alle}, for B also {@code rest}: the opgave's stories outside A) and is read as a {@link PageFilter}.
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

    static final String ALL = "alle";
    static final String REST = "rest";
    /** Side names of older links. */
    private static final Map<String, String> OLD_NAMES = Map.of("all", ALL, "quarter", "kwartaal", "month", "maand");

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
        Optional<String> first = spec(a).filter(s -> !s.equals(REST));
        Optional<String> second = spec(b);
        model.addAttribute("a", first.orElse(null));
        model.addAttribute("b", second.orElse(null));
        if (first.isPresent() && second.isPresent()) {
            StoryFilter filterA = side(first.get()).orElseThrow().stories(id);
            Comparison comparison = second.get().equals(REST) ? comparisons.compareWithRest(whole, filterA)
                    : comparisons.compare(filterA, side(second.get()).orElseThrow().stories(id));
            audit.record(AuditAction.READ, "OPGAVE_COMPARISON", id, AuditResult.OK,
                    "a=" + first.get() + " b=" + second.get());
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
        choices.add(new Choice(ALL, "all", ""));
        facets.roles().keySet().forEach(r -> choices.add(new Choice("rol:" + r, "role", r)));
        facets.providers().keySet().stream().filter(p -> !p.equals("-"))
                .forEach(p -> choices.add(new Choice("aanbieder:" + p, "provider", providerNames.getOrDefault(p, p))));
        facets.districts().keySet().forEach(d -> choices.add(new Choice("wijk:" + d, "district", districtNames.getOrDefault(d, d))));
        facets.quarters().keySet().forEach(q -> choices.add(new Choice("kwartaal:" + q, "quarter", q)));
        return choices;
    }

    /** A side's spec in the current names ({@code role:CLIENT} becomes {@code rol:CLIENT}); empty when it selects nothing readable. */
    static Optional<String> spec(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return Optional.empty();
        }
        if (raw.equals(REST) || OLD_NAMES.getOrDefault(raw, raw).equals(ALL)) {
            return Optional.of(OLD_NAMES.getOrDefault(raw, raw));
        }
        int colon = raw.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String name = raw.substring(0, colon);
        String spec = PageFilter.canonical(OLD_NAMES.getOrDefault(name, name)) + raw.substring(colon);
        return side(spec).map(side -> spec);
    }

    /** The side as a filter: one parameter, or a quarter or month as its period; empty when nothing is narrowed. */
    private static Optional<PageFilter> side(String spec) {
        if (spec.equals(ALL)) {
            return Optional.of(PageFilter.NONE);
        }
        int colon = spec.indexOf(':');
        String name = spec.substring(0, colon);
        String value = spec.substring(colon + 1);
        Map<String, List<String>> parameters = switch (name) {
            case "kwartaal" -> value.matches("\\d{4}-Q[1-4]") ? quarter(value) : Map.of();
            case "maand" -> Map.of("van", List.of(value), "tot", List.of(value));
            case "aanbieder", "rol", "wijk" -> Map.of(name, List.of(value));
            default -> Map.of();
        };
        PageFilter side = PageFilter.of(parameters);
        return side.narrows() ? Optional.of(side) : Optional.empty();
    }

    private static Map<String, List<String>> quarter(String quarter) {
        java.time.YearMonth start = PageFilter.quarterStart(quarter);
        return Map.of("van", List.of(start.toString()), "tot", List.of(start.plusMonths(2).toString()));
    }

    private Map<String, String> prompts(long opgaveId, Locale locale) {
        Map<String, String> prompts = new LinkedHashMap<>();
        opgaveQuestions.all(opgaveId).forEach((code, q) -> prompts.put(code, q.prompt().in(locale)));
        return prompts;
    }
}
