package nl.duiding.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.duiding.analysis.ClusterReport;
import nl.duiding.analysis.PageFilter;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryInsights.StoryHit;
import nl.duiding.analysis.StoryThemes;
import nl.duiding.analysis.ThemeReport;
import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;
import nl.duiding.story.TellerRole;

/**
 * Themes of an opgave's stories for the current filter: key terms against the rest of the opgave and clusters
 * of similar stories; a term or a cluster opens onto its stories. Every list of stories shown is audited.
 */
@Controller
class ThemesController {

    static final int THEME_COUNT = 30;
    static final int CLUSTER_CAP = 1000;
    static final int STORY_LIST_SIZE = 50;

    private final OpgaveCatalog catalog;
    private final StoryThemes themes;
    private final AuditLog audit;

    ThemesController(OpgaveCatalog catalog, StoryThemes themes, AuditLog audit) {
        this.catalog = catalog;
        this.themes = themes;
        this.audit = audit;
    }

    @GetMapping("/dashboard/opgave/{id}/themas")
    String themes(@PathVariable long id, @ModelAttribute("filter") PageFilter pageFilter, @RequestParam(required = false) String term,
                  @RequestParam(required = false) String cluster, Model model) {
        OpgaveView opgave = catalog.opgave(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        StoryFilter filter = pageFilter.stories(id);
        ThemeReport report = themes.themes(filter, StoryThemes.DEFAULT_MIN_FREQUENCY, THEME_COUNT);
        ClusterReport clusters = themes.clusters(filter, CLUSTER_CAP);
        List<StoryHit> stories = List.of();
        boolean clusterGone = false;
        if (term != null && !term.isBlank()) {
            stories = themes.storiesWithTerm(filter, term, STORY_LIST_SIZE);
            model.addAttribute("storiesHeading", report.themes().stream().filter(t -> t.term().equals(term))
                    .map(ThemeReport.Theme::word).findFirst().orElse(term));
        } else if (cluster != null && !cluster.isBlank()) {
            var found = clusters.cluster(cluster);
            clusterGone = found.isEmpty();
            stories = found.map(c -> c.stories().subList(0, Math.min(STORY_LIST_SIZE, c.size()))).orElse(List.of());
            model.addAttribute("storiesHeading", cluster);
        }
        audit.record(AuditAction.READ, "OPGAVE_THEMES", id, AuditResult.OK, "stories=" + String.join(",",
                stories.stream().map(StoryHit::id).toList()));
        model.addAttribute("opgave", opgave);
        addPaths(model, id, "/themas");
        model.addAttribute("report", report);
        model.addAttribute("clusters", clusters);
        model.addAttribute("stories", stories);
        model.addAttribute("clusterGone", clusterGone);
        model.addAttribute("selectedTerm", term);
        model.addAttribute("selectedCluster", cluster);
        model.addAttribute("filtered", pageFilter.narrows());
        model.addAttribute("providerNames", providerNames(catalog));
        model.addAttribute("roles", TellerRole.values());
        return "dashboard/themes";
    }

    /** The page's own path ({@code here}, for its links) and the dashboard's ({@code dashboard}, to go back). */
    static void addPaths(Model model, long opgaveId, String page) {
        model.addAttribute("dashboard", DashboardController.path(opgaveId));
        model.addAttribute("here", DashboardController.path(opgaveId) + page);
    }

    static Map<String, String> providerNames(OpgaveCatalog catalog) {
        Map<String, String> names = new LinkedHashMap<>();
        catalog.providers().forEach(p -> names.put(Long.toString(p.id()), p.name()));
        return names;
    }
}
