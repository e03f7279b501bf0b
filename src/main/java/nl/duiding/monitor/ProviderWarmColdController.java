package nl.duiding.monitor;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import nl.duiding.analysis.PageFilter;
import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.identity.DuidingUser;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.ProviderView;

/**
 * A provider user's warm next to cold about itself only: the stories shared with it and its own declarations.
 * Another provider's page is refused (403) and the attempt audited.
 */
@Controller
class ProviderWarmColdController {

    private final OpgaveCatalog catalog;
    private final SignifierCatalog signifiers;
    private final MonitorViews views;
    private final AuditLog audit;

    ProviderWarmColdController(OpgaveCatalog catalog, SignifierCatalog signifiers, MonitorViews views,
                               AuditLog audit) {
        this.catalog = catalog;
        this.signifiers = signifiers;
        this.views = views;
        this.audit = audit;
    }

    @GetMapping("/aanbieder/{providerId}/warm-koud")
    String page(@PathVariable long providerId, @ModelAttribute("filter") PageFilter filter,
                @AuthenticationPrincipal DuidingUser user, Locale locale, Model model) {
        ProviderView provider = own(providerId, user);
        Scope scope = views.scope(filter, null, provider.id(), null, true);
        views.addFilter(model, scope);
        views.addMovement(model, scope, signifiers.forAllOpgaven(locale), true, locale);
        model.addAttribute("provider", provider);
        audit.record(AuditAction.READ, "PROVIDER_WARM_COLD", providerId, AuditResult.OK, WarmColdController.describe(scope));
        return "monitor/provider";
    }

    @GetMapping("/aanbieder/{providerId}/warm-koud.csv")
    ResponseEntity<byte[]> csv(@PathVariable long providerId, @ModelAttribute("filter") PageFilter filter,
                               @AuthenticationPrincipal DuidingUser user, Locale locale) {
        ProviderView provider = own(providerId, user);
        Scope scope = views.scope(filter, null, provider.id(), null, true);
        MonitorViews.CsvTable table = views.movementCsv(scope, signifiers.forAllOpgaven(locale), true);
        audit.record(AuditAction.EXPORT, "PROVIDER_WARM_COLD", providerId, AuditResult.OK,
                "csv per period, " + WarmColdController.describe(scope));
        return CsvFiles.attachment("warm-koud-" + provider.agbCode() + "-" + scope.year() + ".csv", table.header(), table.rows());
    }

    private ProviderView own(long providerId, DuidingUser user) {
        if (!user.providerIds().contains(providerId)) {
            audit.record(AuditAction.READ, "PROVIDER_WARM_COLD", providerId, AuditResult.DENIED, "not the user's provider");
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return catalog.provider(providerId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
