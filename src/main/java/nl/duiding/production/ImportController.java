package nl.duiding.production;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.opgave.DuplicateAgbCodeException;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.platform.CsvDownload;

import jakarta.servlet.http.HttpServletResponse;

/** Upload, progress, the import list with rejections and warnings, and rollback, for policy officers and the administrator (see SecurityConfig). */
@Controller
class ImportController {

    static final int REJECTIONS_SHOWN = 500;
    static final int REJECTIONS_DOWNLOADED = 100_000;
    static final int REFRESH_SECONDS = 2;

    private final Imports imports;
    private final ImportJobs jobs;
    private final AuditLog audit;
    private final MessageSource messages;
    private final OpgaveCatalog catalog;

    ImportController(Imports imports, ImportJobs jobs, AuditLog audit, MessageSource messages, OpgaveCatalog catalog) {
        this.messages = messages;
        this.catalog = catalog;
        this.imports = imports;
        this.jobs = jobs;
        this.audit = audit;
    }

    @GetMapping("/beheer/productie")
    String list(Model model) {
        model.addAttribute("imports", imports.recent(100));
        model.addAttribute("formats", ImportFormat.values());
        return "production/imports";
    }

    @PostMapping("/beheer/productie")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "AUTO") ImportFormat format,
                  Principal principal) throws IOException {
        // no file chosen at all; an empty file that was chosen is refused by the import with its own reason
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            return "redirect:/beheer/productie?geenBestand";
        }
        Path stored = Files.createTempFile("duiding-upload-", ".dat");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, stored, StandardCopyOption.REPLACE_EXISTING);
        }
        String name = file.getOriginalFilename() == null ? "upload" : Path.of(file.getOriginalFilename()).getFileName().toString();
        String jobId = jobs.start(stored, name, format, principal.getName());
        audit.record(AuditAction.CREATE, "PRODUCTION_IMPORT", jobId, AuditResult.OK, "file=" + Bsn.mask(name) + " format=" + format);
        return "redirect:/beheer/productie/taken/" + jobId;
    }

    /** While the import runs the page reloads itself (Refresh header), so progress shows without JavaScript too. */
    @GetMapping("/beheer/productie/taken/{jobId}")
    String job(@PathVariable String jobId, Model model, HttpServletResponse response) {
        ImportJob job = jobs.find(jobId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (job.done() && job.importId() != null) {
            return "redirect:/beheer/productie/imports/" + job.importId() + (job.alreadyImported() ? "?alGeimporteerd" : "");
        }
        if (!job.done()) {
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
        }
        model.addAttribute("job", job);
        return "production/job";
    }

    /** Polled by js/production-import.js while an import runs. */
    @GetMapping(path = "/beheer/productie/taken/{jobId}/status", produces = "application/json")
    @ResponseBody
    Map<String, Object> status(@PathVariable String jobId, Locale locale) {
        ImportJob job = jobs.find(jobId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("done", job.done());
        status.put("percent", job.progress().percent());
        status.put("phase", messages.getMessage("production.job.phase." + job.progress().phase(), null, locale));
        status.put("lines", job.progress().lines());
        status.put("rejections", job.progress().rejected());
        status.put("failed", job.failed());
        status.put("problems", job.problems());
        status.put("importId", job.importId());
        return status;
    }

    @GetMapping("/beheer/productie/imports/{id}")
    String detail(@PathVariable long id, Model model) {
        ImportSummary summary = imports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("summary", summary);
        model.addAttribute("rejections", imports.rejections(id, REJECTIONS_SHOWN));
        model.addAttribute("rejectionsShown", REJECTIONS_SHOWN);
        model.addAttribute("messageTotals", imports.messageTotals(id).orElse(null));
        // a sender added since the import keeps its warning, without the button
        model.addAttribute("warnings", imports.warnings(id).stream().map(w -> w.providerAgb() != null
                && catalog.providerByAgbCode(w.providerAgb()).isPresent() ? new ImportSummary.Warning(w.text(), null) : w).toList());
        audit.record(AuditAction.READ, "PRODUCTION_IMPORT", id, AuditResult.OK, null);
        return "production/import";
    }

    /** Every rejection (up to {@value #REJECTIONS_DOWNLOADED}) as Dutch Excel opens it: line, reference, reason. */
    @GetMapping("/beheer/productie/imports/{id}/afwijzingen.csv")
    ResponseEntity<byte[]> rejectionsCsv(@PathVariable long id, Locale locale) {
        imports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<List<String>> rows = imports.rejections(id, REJECTIONS_DOWNLOADED).stream()
                .map(r -> List.of(r.location(), CsvDownload.text(r.reference()), r.reason())).toList();
        audit.record(AuditAction.EXPORT, "PRODUCTION_IMPORT", id, AuditResult.OK, "rejections " + rows.size());
        return CsvDownload.attachment("afwijzingen-import-" + id + ".csv", List.of(
                messages.getMessage("production.import.location", null, locale),
                messages.getMessage("production.import.reference", null, locale),
                messages.getMessage("production.import.reason", null, locale)), rows);
    }

    /**
     * One click on the import page adds a sender it warned about as a provider (named by its AGB code until someone
     * names it), so its figures can be chosen; only an AGB code this import warned about is accepted.
     */
    @PostMapping("/beheer/productie/imports/{id}/aanbieder")
    String addProvider(@PathVariable long id, @RequestParam String agb, Locale locale) {
        imports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean warned = imports.warnings(id).stream().anyMatch(w -> agb.equals(w.providerAgb()));
        if (!warned) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (catalog.providerByAgbCode(agb).isEmpty()) {
            try {
                long providerId = catalog.saveProvider(null,
                        messages.getMessage("production.import.providerName", new Object[] {agb}, locale), agb);
                audit.record(AuditAction.CREATE, "PROVIDER", providerId, AuditResult.OK, "from import " + id);
            } catch (DuplicateAgbCodeException e) {
                // added by someone else a moment ago: the outcome is the same
            }
        }
        return "redirect:/beheer/productie/imports/" + id + "?aanbiederToegevoegd=" + agb;
    }

    @PostMapping("/beheer/productie/imports/{id}/terugdraaien")
    String rollBack(@PathVariable long id) {
        imports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean rolledBack = imports.rollBack(id);
        audit.record(AuditAction.DELETE, "PRODUCTION_IMPORT", id, rolledBack ? AuditResult.OK : AuditResult.FAILED, "roll back");
        return "redirect:/beheer/productie/imports/" + id + "?teruggedraaid";
    }
}
