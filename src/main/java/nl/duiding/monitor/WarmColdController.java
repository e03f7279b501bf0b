package nl.duiding.monitor;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;

/** Warm next to cold for an opgave: per period ("monitoring de beweging") and per district, as pages and CSV. */
@Controller
class WarmColdController {

    private final OpgaveCatalog catalog;
    private final SignifierCatalog signifiers;
    private final WarmCold warmCold;
    private final MonitorViews views;
    private final AuditLog audit;
    private final MessageSource messages;

    WarmColdController(OpgaveCatalog catalog, SignifierCatalog signifiers, WarmCold warmCold,
                       MonitorViews views, AuditLog audit, MessageSource messages) {
        this.catalog = catalog;
        this.signifiers = signifiers;
        this.warmCold = warmCold;
        this.views = views;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/dashboard/opgave/{id}/warm-koud")
    String periods(@PathVariable long id, @ModelAttribute("filter") PageFilter filter, Locale locale, Model model) {
        model.addAttribute("opgave", opgave(id));
        Scope scope = views.scope(filter, id, filter.providerId(), filter.districtCode(), false);
        views.addFilter(model, scope);
        views.addMovement(model, scope, signifiers.forOpgave(id, locale), false, locale);
        audit.record(AuditAction.READ, "WARM_COLD", id, AuditResult.OK, describe(scope));
        return "monitor/warm-cold";
    }

    @GetMapping("/dashboard/opgave/{id}/warm-koud.csv")
    ResponseEntity<byte[]> periodsCsv(@PathVariable long id, @ModelAttribute("filter") PageFilter filter, Locale locale) {
        opgave(id);
        Scope scope = views.scope(filter, id, filter.providerId(), filter.districtCode(), false);
        MonitorViews.CsvTable table = views.movementCsv(scope, signifiers.forOpgave(id, locale), false);
        audit.record(AuditAction.EXPORT, "WARM_COLD", id, AuditResult.OK, "csv per period, " + describe(scope));
        return CsvFiles.attachment("warm-koud-" + id + "-" + scope.year() + ".csv", table.header(), table.rows());
    }

    @GetMapping("/dashboard/opgave/{id}/wijken")
    String districts(@PathVariable long id, @ModelAttribute("filter") PageFilter filter, Locale locale, Model model) {
        OpgaveView opgave = opgave(id);
        Scope scope = views.scope(filter, id, filter.providerId(), null, false);
        List<Signifier> questions = signifiers.forOpgave(id, locale);
        List<WarmColdRow> rows = warmCold.perDistrict(scope, questions, views.districtNames());
        model.addAttribute("opgave", opgave);
        model.addAttribute("rows", rows);
        model.addAttribute("signifiers", questions);
        model.addAttribute("chart", DistrictChart.of(rows, messages.getMessage("monitor.district.unknown", null, locale), locale));
        model.addAttribute("providerRows", warmCold.perProvider(scope, questions, providersById()));
        views.addFilter(model, scope);
        audit.record(AuditAction.READ, "DISTRICT_COMPARISON", id, AuditResult.OK, describe(scope));
        return "monitor/districts";
    }

    @GetMapping("/dashboard/opgave/{id}/wijken.csv")
    ResponseEntity<byte[]> districtsCsv(@PathVariable long id, @ModelAttribute("filter") PageFilter filter, Locale locale) {
        opgave(id);
        Scope scope = views.scope(filter, id, filter.providerId(), null, false);
        List<Signifier> questions = signifiers.forOpgave(id, locale);
        List<WarmColdRow> rows = warmCold.perDistrict(scope, questions, views.districtNames());
        audit.record(AuditAction.EXPORT, "DISTRICT_COMPARISON", id, AuditResult.OK, "csv per district, " + describe(scope));
        return CsvFiles.keyed("wijken-" + id + "-" + scope.year() + ".csv", List.of("wijk_code", "wijk"), rows, questions);
    }

    @GetMapping("/dashboard/opgave/{id}/aanbieders.csv")
    ResponseEntity<byte[]> providersCsv(@PathVariable long id, @ModelAttribute("filter") PageFilter filter, Locale locale) {
        opgave(id);
        Scope scope = views.scope(filter, id, null, filter.districtCode(), false);
        List<Signifier> questions = signifiers.forOpgave(id, locale);
        List<WarmColdRow> rows = warmCold.perProvider(scope, questions, providersById());
        audit.record(AuditAction.EXPORT, "PROVIDER_COMPARISON", id, AuditResult.OK, "csv per provider, " + describe(scope));
        return CsvFiles.keyed("aanbieders-" + id + "-" + scope.year() + ".csv", List.of("agb_code", "aanbieder"), rows, questions);
    }

    private java.util.Map<Long, nl.duiding.opgave.ProviderView> providersById() {
        java.util.Map<Long, nl.duiding.opgave.ProviderView> byId = new java.util.HashMap<>();
        catalog.providers().forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    private OpgaveView opgave(long id) {
        return catalog.opgave(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static String describe(Scope scope) {
        return "year=" + scope.year() + ",per=" + scope.per().parameter()
                + (scope.providerId() == null ? "" : ",provider=" + scope.providerId())
                + (scope.districtCode() == null ? "" : ",district=" + scope.districtCode());
    }
}
