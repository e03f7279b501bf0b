package nl.duiding.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators search the audit log here. Searching is itself logged. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 200;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/beheer/audit")
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String objectType,
                  @RequestParam(required = false) String objectId, @RequestParam(required = false) String action,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        AuditQuery query = new AuditQuery(actor, objectType, objectId, parse(action), from, to);
        model.addAttribute("query", query);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("entries", log.search(query, PAGE_SIZE));
        log.record(AuditAction.READ, "AUDIT_LOG", "search", AuditResult.OK, describe(query));
        return "audit/log";
    }

    private static AuditAction parse(String action) {
        try {
            return action == null || action.isBlank() ? null : AuditAction.valueOf(action);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String describe(AuditQuery q) {
        return "actor=" + q.actor() + " type=" + q.objectType() + " id=" + q.objectId() + " action=" + q.action()
                + " from=" + q.from() + " to=" + q.to();
    }
}
