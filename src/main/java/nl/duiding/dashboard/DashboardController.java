package nl.duiding.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryInsights;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.collection.CollectionView;
import nl.duiding.collection.Collections;
import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.framework.Frameworks;
import nl.duiding.framework.QuestionKind;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;
import nl.duiding.opgave.ProviderView;
import nl.duiding.story.TellerRole;

/** The opgave dashboard: how many stories, from whom, what the triads show, and the stories themselves. */
@Controller
class DashboardController {

    static final int STORY_LIST_SIZE = 50;

    private final OpgaveCatalog catalog;
    private final Collections collections;
    private final Frameworks frameworks;
    private final StoryQueries queries;
    private final AuditLog audit;

    DashboardController(OpgaveCatalog catalog, Collections collections, Frameworks frameworks, StoryQueries queries,
                        AuditLog audit) {
        this.catalog = catalog;
        this.collections = collections;
        this.frameworks = frameworks;
        this.queries = queries;
        this.audit = audit;
    }

    @GetMapping("/dashboard")
    String overview(Model model) {
        model.addAttribute("opgaven", catalog.opgaven());
        return "dashboard/overview";
    }

    @GetMapping("/dashboard/opgave/{id}")
    String opgave(@PathVariable long id, @RequestParam(required = false) String q,
                  @RequestParam(required = false) Long provider, @RequestParam(required = false) String role,
                  Locale locale, Model model) {
        OpgaveView opgave = catalog.opgave(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        TellerRole tellerRole = parseRole(role);
        StoryFilter filter = new StoryFilter(id, provider, tellerRole, q);
        Map<String, QuestionDefinition> triads = triadQuestions(id);
        StoryInsights insights = queries.insights(filter, List.copyOf(triads.keySet()), STORY_LIST_SIZE);
        audit.record(AuditAction.READ, "OPGAVE_STORIES", id, AuditResult.OK, "stories=" + String.join(",",
                insights.stories().stream().map(StoryInsights.StoryHit::id).toList()));

        List<TernaryChart> charts = new ArrayList<>();
        triads.forEach((code, question) -> charts.add(TernaryChart.of(code, question.prompt().in(locale),
                question.options().stream().map(o -> o.label().in(locale)).toList(),
                insights.triads().getOrDefault(code, List.of()))));

        Map<String, String> providerNames = new LinkedHashMap<>();
        catalog.providers().forEach(p -> providerNames.put(Long.toString(p.id()), p.name()));
        model.addAttribute("opgave", opgave);
        model.addAttribute("insights", insights);
        model.addAttribute("charts", charts);
        model.addAttribute("providerNames", providerNames);
        model.addAttribute("maxProviderCount", insights.perProvider().values().stream().mapToLong(Long::longValue).max().orElse(1));
        model.addAttribute("filter", filter);
        model.addAttribute("selectedProvider", provider == null ? null : catalog.provider(provider).map(ProviderView::name).orElse(null));
        return "dashboard/opgave";
    }

    /** The triad questions of every framework used by the opgave's collections, by question code. */
    private Map<String, QuestionDefinition> triadQuestions(long opgaveId) {
        Map<String, QuestionDefinition> triads = new LinkedHashMap<>();
        for (CollectionView collection : collections.forOpgave(opgaveId)) {
            frameworks.definition(collection.frameworkId()).map(FrameworkDefinition::questions).orElse(List.of())
                    .stream().filter(question -> question.kind() == QuestionKind.TRIAD)
                    .forEach(question -> triads.putIfAbsent(question.code(), question));
        }
        return triads;
    }

    private static TellerRole parseRole(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        try {
            return TellerRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
