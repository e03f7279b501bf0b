package nl.duiding.monitor;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.duiding.analysis.PageFilter;
import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.opgave.OpgaveView;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.platform.Period;

/**
 * An opgave at a glance (issue 17): the headline figures of the last complete quarter against the one before, each
 * a link into the page that shows its detail. {@code kwartaal=2026-Q2} looks at another quarter.
 */
@Controller
class OverviewController {

    private final OpgaveCatalog catalog;
    private final Overviews overviews;
    private final AuditLog audit;

    OverviewController(OpgaveCatalog catalog, Overviews overviews, AuditLog audit) {
        this.catalog = catalog;
        this.overviews = overviews;
        this.audit = audit;
    }

    @GetMapping("/dashboard/opgave/{id}/overzicht")
    String overview(@PathVariable long id, @RequestParam(name = "kwartaal", required = false) String quarter,
                    Locale locale, Model model) {
        OpgaveView opgave = catalog.opgave(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Quarter asked = Quarter.parse(quarter);
        Quarter now = asked != null ? asked : Quarter.lastCompleteOn(LocalDate.now(Period.ZONE));
        model.addAttribute("opgave", opgave);
        model.addAttribute("overview", overviews.of(id, now, locale));
        // the figures' links open the detail pages on the same quarter
        model.addAttribute("dashboard", "/dashboard/opgave/" + id);
        model.addAttribute("quarterFilter", PageFilter.months(now.firstMonth(), now.lastMonth()));
        model.addAttribute("yearFilter", PageFilter.year(now.year(), Period.Grouping.QUARTER, null, null));
        audit.record(AuditAction.READ, "OPGAVE_OVERVIEW", id, AuditResult.OK, "quarter=" + now.key());
        return "monitor/overview";
    }
}
