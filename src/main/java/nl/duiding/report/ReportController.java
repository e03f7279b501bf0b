package nl.duiding.report;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

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
 * Raadsinformatie pages: the list, starting a draft, the editor (texts, quote choice and editing), publishing
 * (policy officers only) and the document as HTML and PDF. Every read of report material is audited.
 */
@Controller
class ReportController {

    static final int CANDIDATES_SHOWN = 25;
    static final int CANDIDATE_TEXT = 1500;

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

    @GetMapping("/rapporten/{id}")
    String edit(@PathVariable long id, Model model) {
        ReportDraft draft = reports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<WarmData.Candidate> candidates = draft.published() ? List.of()
                : reports.candidates(draft).stream().limit(CANDIDATES_SHOWN).toList();
        model.addAttribute("report", draft);
        model.addAttribute("candidates", candidates);
        model.addAttribute("candidateText", (java.util.function.Function<String, String>) body ->
                body.length() > CANDIDATE_TEXT ? body.substring(0, CANDIDATE_TEXT) : body);
        audit.record(AuditAction.READ, "COUNCIL_REPORT", id, AuditResult.OK, "candidates=" + candidates.stream()
                .map(c -> c.id().toString()).collect(Collectors.joining(",")));
        return "report/editor";
    }

    @PostMapping("/rapporten/{id}")
    String save(@PathVariable long id, ReportTexts texts) {
        if (!texts.valid()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (!reports.updateTexts(id, texts.title().strip(), texts.or(texts.introduction()), texts.or(texts.closingWell()),
                texts.or(texts.closingVulnerable()), texts.or(texts.closingAbsent()), texts.or(texts.closingDecisions()))) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        audit.record(AuditAction.UPDATE, "COUNCIL_REPORT", id, AuditResult.OK, "texts");
        return "redirect:/rapporten/" + id + "?opgeslagen";
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
        return "redirect:/rapporten/" + id + "#citaten";
    }

    @PostMapping("/rapporten/{id}/citaten/{quoteId}/weghalen")
    String removeQuote(@PathVariable long id, @PathVariable long quoteId) {
        if (!reports.removeQuote(id, quoteId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(AuditAction.UPDATE, "COUNCIL_REPORT", id, AuditResult.OK, "quote removed=" + quoteId);
        return "redirect:/rapporten/" + id + "#citaten";
    }

    @PostMapping("/rapporten/{id}/publiceren")
    String publish(@PathVariable long id, Authentication auth) {
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
