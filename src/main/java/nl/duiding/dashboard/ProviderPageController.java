package nl.duiding.dashboard;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryInsights;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.identity.DuidingUser;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.ProviderView;

/**
 * A provider user's own page: only the stories whose tellers consented to sharing them with that provider.
 * Another provider's page is refused and the attempt audited.
 */
@Controller
class ProviderPageController {

    static final int STORY_LIST_SIZE = 50;

    private final OpgaveCatalog catalog;
    private final StoryQueries queries;
    private final AuditLog audit;

    ProviderPageController(OpgaveCatalog catalog, StoryQueries queries, AuditLog audit) {
        this.catalog = catalog;
        this.queries = queries;
        this.audit = audit;
    }

    @GetMapping("/aanbieder")
    String overview(@AuthenticationPrincipal DuidingUser user, Model model) {
        List<ProviderView> own = user.providerIds().stream().map(catalog::provider).flatMap(java.util.Optional::stream).toList();
        if (own.size() == 1) {
            return "redirect:/aanbieder/" + own.getFirst().id();
        }
        model.addAttribute("providers", own);
        return "dashboard/provider-overview";
    }

    @GetMapping("/aanbieder/{providerId}")
    String provider(@PathVariable long providerId, @RequestParam(required = false) String q,
                    @AuthenticationPrincipal DuidingUser user, Model model) {
        if (!user.providerIds().contains(providerId)) {
            audit.record(AuditAction.READ, "PROVIDER_STORIES", providerId, AuditResult.DENIED, "not the user's provider");
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        ProviderView provider = catalog.provider(providerId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        StoryInsights insights = queries.insights(StoryFilter.sharedWith(providerId, q), List.of(), STORY_LIST_SIZE);
        audit.record(AuditAction.READ, "PROVIDER_STORIES", providerId, AuditResult.OK, "stories=" + insights.stories()
                .stream().map(StoryInsights.StoryHit::id).collect(Collectors.joining(",")));
        model.addAttribute("provider", provider);
        model.addAttribute("insights", insights);
        model.addAttribute("q", q);
        return "dashboard/provider";
    }
}
