package nl.duiding.monitor;

import java.util.ArrayList;
import java.util.List;

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

/** The care landscape of an opgave: which providers stories name together and which share clients. */
@Controller
class LandscapeController {

    private final OpgaveCatalog catalog;
    private final MonitorViews views;
    private final CareLandscape landscapes;
    private final AuditLog audit;

    LandscapeController(OpgaveCatalog catalog, MonitorViews views, CareLandscape landscapes, AuditLog audit) {
        this.catalog = catalog;
        this.views = views;
        this.landscapes = landscapes;
        this.audit = audit;
    }

    @GetMapping("/dashboard/opgave/{id}/zorglandschap")
    String landscape(@PathVariable long id, @ModelAttribute("filter") PageFilter filter, Model model) {
        OpgaveView opgave = opgave(id);
        Scope scope = views.scope(filter, id, null, null, false);
        Landscape landscape = landscapes.of(id, scope);
        model.addAttribute("opgave", opgave);
        views.addFilter(model, scope);
        model.addAttribute("landscape", landscape);
        model.addAttribute("chart", LandscapeChart.of(landscape));
        audit.record(AuditAction.READ, "CARE_LANDSCAPE", id, AuditResult.OK, "year=" + scope.year()
                + ",edges=" + landscape.edges().size());
        return "monitor/landscape";
    }

    @GetMapping("/dashboard/opgave/{id}/zorglandschap.csv")
    ResponseEntity<byte[]> landscapeCsv(@PathVariable long id, @ModelAttribute("filter") PageFilter filter) {
        opgave(id);
        Scope scope = views.scope(filter, id, null, null, false);
        List<List<Object>> rows = new ArrayList<>();
        for (Landscape.Edge edge : landscapes.of(id, scope).edges()) {
            rows.add(List.of(edge.a().agb(), edge.a().name(), edge.b().agb(), edge.b().name(), edge.stories(),
                    edge.sharedClients()));
        }
        audit.record(AuditAction.EXPORT, "CARE_LANDSCAPE", id, AuditResult.OK, "csv edges, year=" + scope.year());
        return CsvFiles.attachment("zorglandschap-" + id + "-" + scope.year() + ".csv", List.of("agb_code_a", "aanbieder_a",
                "agb_code_b", "aanbieder_b", "verhalen_samen", "gedeelde_clienten"), rows);
    }

    private OpgaveView opgave(long id) {
        return catalog.opgave(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
