package nl.duiding.analysis;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;

/**
 * Administrators rebuild the story index from PostgreSQL here. The rebuild runs in the background; while it runs
 * the page refreshes itself every two seconds (a Refresh header, no script) and searches use the previous index.
 */
@Controller
class IndexAdminController {

    private final IndexMaintenance maintenance;
    private final AuditLog audit;

    IndexAdminController(IndexMaintenance maintenance, AuditLog audit) {
        this.maintenance = maintenance;
        this.audit = audit;
    }

    @GetMapping("/beheer/index")
    String status(Model model, HttpServletResponse response) {
        RebuildStatus status = maintenance.rebuildStatus();
        if (status.running()) {
            response.setHeader("Refresh", "2");
        }
        model.addAttribute("status", status);
        model.addAttribute("indexed", maintenance.indexedCount());
        model.addAttribute("stored", maintenance.storedCount());
        return "analysis/index";
    }

    @PostMapping("/beheer/index/herbouwen")
    String rebuild() {
        boolean started = maintenance.startRebuild();
        RebuildStatus status = maintenance.rebuildStatus();
        audit.record(AuditAction.UPDATE, "STORY_INDEX", "rebuild", started ? AuditResult.OK : AuditResult.FAILED,
                started ? "full rebuild started; stories=" + status.total() : "a rebuild was already running");
        return "redirect:/beheer/index" + (started ? "?gestart" : "?bezig");
    }
}
