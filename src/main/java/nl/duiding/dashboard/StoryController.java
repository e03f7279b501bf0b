package nl.duiding.dashboard;

import java.util.UUID;

import org.springframework.http.HttpStatus;
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
import nl.duiding.framework.Frameworks;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.story.Redaction;
import nl.duiding.story.StoryDetail;
import nl.duiding.story.StoryRedactions;
import nl.duiding.story.StoryReviews;

/** One story for a policy officer, with the masked personal data to confirm or undo. Every read is audited. */
@Controller
class StoryController {

    private final StoryRedactions redactions;
    private final StoryReviews reviews;
    private final OpgaveCatalog catalog;
    private final AuditLog audit;
    private final Frameworks frameworks;

    StoryController(StoryRedactions redactions, StoryReviews reviews, OpgaveCatalog catalog, AuditLog audit,
                    Frameworks frameworks) {
        this.redactions = redactions;
        this.frameworks = frameworks;
        this.reviews = reviews;
        this.catalog = catalog;
        this.audit = audit;
    }

    @GetMapping("/dashboard/verhaal/{id}")
    String story(@PathVariable UUID id, Model model, java.util.Locale locale) {
        StoryDetail story = redactions.detail(id).orElseThrow(() -> notFound(id));
        audit.record(AuditAction.READ, "STORY", id, AuditResult.OK, null);
        model.addAttribute("story", story);
        model.addAttribute("suspects", story.heldForReview() ? reviews.suspects(id) : java.util.List.of());
        model.addAttribute("opgave", catalog.opgave(story.opgaveId()).orElseThrow());
        model.addAttribute("provider", story.providerId() == null ? null : catalog.provider(story.providerId()).orElse(null));
        model.addAttribute("district", story.districtCode() == null ? null : catalog.district(story.districtCode()).orElse(null));
        model.addAttribute("answers", frameworks.definition(story.frameworkId())
                .map(f -> TellerAnswers.of(f, story.answers(), locale)).orElse(new TellerAnswers(java.util.List.of())));
        return "dashboard/story";
    }

    @PostMapping("/dashboard/verhaal/{id}/anonimisering/{field}/{position}/bevestig")
    String confirm(@PathVariable UUID id, @PathVariable Redaction.Field field, @PathVariable int position,
                   Authentication user) {
        redactions.detail(id).orElseThrow(() -> notFound(id));
        redactions.confirm(id, field, position, user.getName());
        audit.record(AuditAction.UPDATE, "STORY", id, AuditResult.OK, "confirmed redaction " + field + "#" + position);
        return "redirect:/dashboard/verhaal/" + id;
    }

    @PostMapping("/dashboard/verhaal/{id}/anonimisering/{field}/{position}/herstel")
    String undo(@PathVariable UUID id, @PathVariable Redaction.Field field, @PathVariable int position,
                Authentication user) {
        redactions.detail(id).orElseThrow(() -> notFound(id));
        boolean undone = redactions.undo(id, field, position, user.getName());
        audit.record(AuditAction.UPDATE, "STORY", id, undone ? AuditResult.OK : AuditResult.FAILED,
                "undid redaction " + field + "#" + position);
        return "redirect:/dashboard/verhaal/" + id + (undone ? "" : "?nietHersteld");
    }

    /** The stories whose masking is uncertain, oldest first (issue 14). */
    @GetMapping("/dashboard/beoordelen")
    String reviews(Model model) {
        model.addAttribute("count", reviews.pendingCount());
        model.addAttribute("pending", reviews.pending(200));
        return "dashboard/reviews";
    }

    @PostMapping("/dashboard/verhaal/{id}/beoordeling")
    String review(@PathVariable UUID id, @RequestParam(name = "maskeer", required = false) java.util.Set<String> mask,
                  Authentication user) {
        redactions.detail(id).orElseThrow(() -> notFound(id));
        java.util.Set<String> chosen = mask == null ? java.util.Set.of() : mask;
        boolean done = reviews.complete(id, chosen, user.getName());
        audit.record(AuditAction.UPDATE, "STORY", id, done ? AuditResult.OK : AuditResult.FAILED,
                "review completed, masked=" + chosen.size());
        return "redirect:/dashboard/verhaal/" + id + (done ? "?beoordeeld" : "");
    }

    private ResponseStatusException notFound(UUID id) {
        audit.record(AuditAction.READ, "STORY", id, AuditResult.FAILED, "no such story");
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
