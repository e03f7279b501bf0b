package nl.duiding.report;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.opgave.OpgaveCatalog;

/**
 * Raadsinformatie: the list, starting a draft, saving texts and quotes from the editor's steps
 * ({@link ReportEditorController}), publishing (policy officers only, after confirmation) and the document as HTML
 * and PDF. Every read of report material is audited.
 */
@Controller
class ReportController {

    private final CouncilReports reports;
    private final OpgaveCatalog catalog;
    private final AuditLog audit;

    ReportController(CouncilReports reports, OpgaveCatalog catalog, AuditLog audit) {
        this.reports = reports;
        this.catalog = catalog;
        this.audit = audit;
    }

    @GetMapping("/rapporten")
    String list(Model model) {
        model.addAttribute("reports", reports.list());
        model.addAttribute("opgaven", catalog.opgaven());
        model.addAttribute("providers", catalog.providers());
        model.addAttribute("districts", catalog.districts());
        audit.record(AuditAction.READ, "COUNCIL_REPORTS", "list", AuditResult.OK, null);
        return "report/reports";
    }

    @PostMapping("/rapporten")
    String create(ReportForm form, Authentication auth) {
        if (form.opgaveId() == null || form.from() == null || form.to() == null || form.to().isBefore(form.from())
                || form.title() == null || form.title().isBlank() || form.title().length() > 200
                || catalog.opgave(form.opgaveId()).isEmpty()
                || (form.providerId() != null && catalog.provider(form.providerId()).isEmpty())
                || (form.districtCode() != null && !form.districtCode().isBlank()
                    && catalog.district(form.districtCode()).isEmpty())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        long id = reports.create(new ReportScope(form.opgaveId(), form.providerId(), form.districtCode(), form.from(),
                form.to()), form.title().strip(), auth.getName());
        audit.record(AuditAction.CREATE, "COUNCIL_REPORT", id, AuditResult.OK, null);
        return "redirect:/rapporten/" + id;
    }

    /**
     * Saves the texts one step sent; a text the step does not carry (null) keeps what the draft has, so the title of
     * the first step never empties the introduction of the second.
     */
    @PostMapping("/rapporten/{id}")
    String save(@PathVariable long id, ReportTexts sent, @RequestParam(required = false) String stap) {
        ReportDraft draft = reports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ReportTexts texts = sent.over(draft);
        if (!texts.valid()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (!reports.updateTexts(id, texts.title().strip(), texts.or(texts.introduction()), texts.or(texts.closingWell()),
                texts.or(texts.closingVulnerable()), texts.or(texts.closingAbsent()), texts.or(texts.closingDecisions()))) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        audit.record(AuditAction.UPDATE, "COUNCIL_REPORT", id, AuditResult.OK, "texts");
        return "redirect:" + ReportStep.after(stap).path(id) + "?opgeslagen";
    }

    @PostMapping("/rapporten/{id}/citaten")
    String addQuote(@PathVariable long id, @RequestParam String storyId, @RequestParam String text) {
        UUID story;
        try {
            story = UUID.fromString(storyId);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        boolean added = reports.addQuote(id, story, text);
        audit.record(AuditAction.UPDATE, "COUNCIL_REPORT", id, added ? AuditResult.OK : AuditResult.DENIED, "quote=" + story);
        if (!added) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return "redirect:" + ReportStep.QUOTES.path(id);
    }

    @PostMapping("/rapporten/{id}/citaten/{quoteId}/weghalen")
    String removeQuote(@PathVariable long id, @PathVariable long quoteId) {
        if (!reports.removeQuote(id, quoteId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(AuditAction.UPDATE, "COUNCIL_REPORT", id, AuditResult.OK, "quote removed=" + quoteId);
        return "redirect:" + ReportStep.QUOTES.path(id);
    }

    /** Publishing cannot be undone: without the confirmation of {@link ReportStep#PUBLISH} it asks again. */
    @PostMapping("/rapporten/{id}/publiceren")
    String publish(@PathVariable long id, @RequestParam(name = "bevestig", required = false) String confirmed,
                   Authentication auth) {
        if (!"ja".equals(confirmed)) {
            audit.record(AuditAction.UPDATE, "COUNCIL_REPORT", id, AuditResult.DENIED, "publish not confirmed");
            return "redirect:" + ReportStep.PUBLISH.path(id) + "?bevestigen";
        }
        if (!reports.publish(id, auth.getName())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        audit.record(AuditAction.UPDATE, "COUNCIL_REPORT", id, AuditResult.OK, "published");
        return "redirect:/rapporten/" + id;
    }

    @GetMapping(value = "/rapporten/{id}/document", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable long id) {
        CouncilReports.Document document = document(id, "html");
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body(document.html());
    }

    @GetMapping("/rapporten/{id}/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        CouncilReports.Document document = document(id, "pdf");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"raadsinformatie-" + id + ".pdf\"")
                .body(reports.pdf(document));
    }

    private CouncilReports.Document document(long id, String format) {
        CouncilReports.Document document = reports.document(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record(AuditAction.READ, "COUNCIL_REPORT", id, AuditResult.OK, format + (document.published() ? " published" : " draft"));
        return document;
    }
}
