package nl.duiding.dashboard;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import nl.duiding.collection.OpgaveQuestions;
import nl.duiding.analysis.FacetCounts;
import nl.duiding.analysis.PageFilter;
import nl.duiding.analysis.SignifierAggregates;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryInsights;
import nl.duiding.analysis.StoryOverview;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;
import nl.duiding.opgave.ProviderView;

/** The opgave dashboard: how many stories, from whom, what the triads show, and the stories themselves. */
@Controller
class DashboardController {

    static final int STORY_LIST_SIZE = 50;

    private final OpgaveCatalog catalog;
    private final OpgaveQuestions opgaveQuestions;
    private final StoryQueries queries;
    private final AuditLog audit;

    DashboardController(OpgaveCatalog catalog, OpgaveQuestions opgaveQuestions, StoryQueries queries, AuditLog audit) {
        this.catalog = catalog;
        this.opgaveQuestions = opgaveQuestions;
        this.queries = queries;
        this.audit = audit;
    }

    @GetMapping("/dashboard")
    String overview(Model model) {
        model.addAttribute("opgaven", catalog.opgaven());
        return "dashboard/overview";
    }

    @GetMapping("/dashboard/opgave/{id}")
    String opgave(@PathVariable long id, @ModelAttribute("filter") PageFilter pageFilter,
                  @RequestParam(name = "pagina", required = false) String pagina, Locale locale, Model model) {
        OpgaveView opgave = catalog.opgave(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        StoryFilter filter = pageFilter.stories(id);
        Map<String, QuestionDefinition> questions = opgaveQuestions.all(id);
        int requested = StoryPage.requested(pagina);
        StoryOverview overview = queries.overview(filter, StoryPage.offset(requested, STORY_LIST_SIZE), STORY_LIST_SIZE);
        StoryInsights insights = overview.insights();
        StoryPage page = StoryPage.of(requested, STORY_LIST_SIZE, insights.total(), insights.stories().size());
        if (insights.stories().isEmpty() && requested > page.pages()) {
            // a page past the end (an old link after stories were withdrawn): show the last one
            overview = queries.overview(filter, (page.pages() - 1) * STORY_LIST_SIZE, STORY_LIST_SIZE);
            insights = overview.insights();
            page = StoryPage.of(page.pages(), STORY_LIST_SIZE, insights.total(), insights.stories().size());
        }
        FacetCounts facets = overview.facets();
        SignifierAggregates aggregates = overview.aggregates();
        audit.record(AuditAction.READ, "OPGAVE_STORIES", id, AuditResult.OK, "stories=" + String.join(",",
                insights.stories().stream().map(StoryInsights.StoryHit::id).toList()));

        Map<String, String> providerNames = new LinkedHashMap<>();
        catalog.providers().forEach(p -> providerNames.put(Long.toString(p.id()), p.name()));
        Map<String, String> districtNames = new LinkedHashMap<>();
        catalog.districts().forEach(d -> districtNames.put(d.code(), d.name()));
        model.addAttribute("opgave", opgave);
        model.addAttribute("insights", insights);
        model.addAttribute("page", page);
        model.addAttribute("facets", facets);
        model.addAttribute("here", path(id));
        model.addAttribute("providerNames", providerNames);
        model.addAttribute("districtNames", districtNames);
        model.addAttribute("maxProviderCount", facets.providers().values().stream().mapToLong(Long::longValue).max().orElse(1));
        model.addAttribute("csvUrl", pageFilter.link(path(id) + "/cijfers.csv"));
        model.addAttribute("charts", SignifierCharts.of(questions, aggregates, facets, locale));
        model.addAttribute("selectedProvider", filter.providerId() == null ? null
                : catalog.provider(filter.providerId()).map(ProviderView::name).orElse(null));
        return "dashboard/opgave";
    }

    /** The opgave dashboard's path; its themes, explorer and CSV hang below it. */
    static String path(long opgaveId) {
        return "/dashboard/opgave/" + opgaveId;
    }
}
