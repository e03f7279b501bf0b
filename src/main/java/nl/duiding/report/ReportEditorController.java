package nl.duiding.report;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.opgave.DistrictView;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;
import nl.duiding.opgave.ProviderView;

/**
 * The report editor in steps (issue 17): scope → sections → quotes → preview → publish, one page each, every page
 * working without JavaScript. Publishing is asked for on a page of its own ({@link ReportStep#PUBLISH}); the POST
 * that publishes ({@link ReportController}) refuses without the confirmation from that page.
 */
@Controller
class ReportEditorController {

    static final int CANDIDATES_SHOWN = 25;
    static final int CANDIDATE_TEXT = 1500;

    private final CouncilReports reports;
    private final OpgaveCatalog catalog;
    private final AuditLog audit;

    ReportEditorController(CouncilReports reports, OpgaveCatalog catalog, AuditLog audit) {
        this.reports = reports;
        this.catalog = catalog;
        this.audit = audit;
    }

    @GetMapping("/rapporten/{id}")
    String scope(@PathVariable long id, Model model) {
        ReportDraft draft = step(id, ReportStep.SCOPE, model);
        ReportScope scope = draft.scope();
        model.addAttribute("opgaveName", catalog.opgave(scope.opgaveId()).map(OpgaveView::name).orElse(""));
        model.addAttribute("providerName", scope.providerId() == null ? null
                : catalog.provider(scope.providerId()).map(ProviderView::name).orElse(null));
        model.addAttribute("districtName", scope.districtCode() == null ? null
                : catalog.district(scope.districtCode()).map(DistrictView::name).orElse(scope.districtCode()));
        audit.record(AuditAction.READ, "COUNCIL_REPORT", id, AuditResult.OK, "step=scope");
        return "report/editor";
    }

    @GetMapping("/rapporten/{id}/secties")
    String sections(@PathVariable long id, Model model) {
        if (step(id, ReportStep.SECTIONS, model).published()) {
            return "redirect:/rapporten/" + id;
        }
        audit.record(AuditAction.READ, "COUNCIL_REPORT", id, AuditResult.OK, "step=sections");
        return "report/sections";
    }

    @GetMapping("/rapporten/{id}/citaten")
    String quotes(@PathVariable long id, Model model) {
        ReportDraft draft = step(id, ReportStep.QUOTES, model);
        if (draft.published()) {
            return "redirect:/rapporten/" + id;
        }
        List<WarmData.Candidate> candidates = reports.candidates(draft).stream().limit(CANDIDATES_SHOWN).toList();
        model.addAttribute("candidates", candidates);
        model.addAttribute("candidateText", (java.util.function.Function<String, String>) body ->
                body.length() > CANDIDATE_TEXT ? body.substring(0, CANDIDATE_TEXT) : body);
        audit.record(AuditAction.READ, "COUNCIL_REPORT", id, AuditResult.OK, "candidates=" + candidates.stream()
                .map(c -> c.id().toString()).collect(Collectors.joining(",")));
        return "report/quotes";
    }

    @GetMapping("/rapporten/{id}/voorbeeld")
    String preview(@PathVariable long id, Model model) {
        if (step(id, ReportStep.PREVIEW, model).published()) {
            return "redirect:/rapporten/" + id;
        }
        model.addAttribute("snapshot", reports.draftSnapshot(id).orElseThrow());
        audit.record(AuditAction.READ, "COUNCIL_REPORT", id, AuditResult.OK, "step=preview");
        return "report/preview";
    }

    @GetMapping("/rapporten/{id}/publiceren")
    String confirm(@PathVariable long id, Model model) {
        return step(id, ReportStep.PUBLISH, model).published() ? "redirect:/rapporten/" + id : "report/confirm";
    }

    private ReportDraft step(long id, ReportStep step, Model model) {
        ReportDraft draft = reports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("report", draft);
        model.addAttribute("step", step);
        model.addAttribute("steps", ReportStep.values());
        return draft;
    }
}
