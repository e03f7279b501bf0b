package nl.duiding.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.duiding.collection.OpgaveQuestions;
import nl.duiding.analysis.PageFilter;
import nl.duiding.analysis.StoryExplorer;
import nl.duiding.analysis.StoryInsights.StoryHit;
import nl.duiding.analysis.StoryInsights.TriadPoint;
import nl.duiding.analysis.TriadArea;
import nl.duiding.analysis.TriadSelection;
import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;
import nl.duiding.story.TellerRole;

/**
 * The story explorer: draw around points of a triad (explorer.js) or type a share range per corner, and read
 * the stories behind them. The area travels as triad shares and is tested server-side against the index, so only
 * this opgave's stories can come back. Every list shown is audited.
 */
@Controller
class ExplorerController {

    static final int STORY_LIST_SIZE = 100;
    static final int MAX_VERTICES = 500;

    private final OpgaveCatalog catalog;
    private final OpgaveQuestions triads;
    private final StoryExplorer explorer;
    private final AuditLog audit;

    ExplorerController(OpgaveCatalog catalog, OpgaveQuestions triads, StoryExplorer explorer, AuditLog audit) {
        this.catalog = catalog;
        this.triads = triads;
        this.explorer = explorer;
        this.audit = audit;
    }

    @GetMapping("/dashboard/opgave/{id}/verkenner")
    String explore(@PathVariable long id, @ModelAttribute("filter") PageFilter filter, @RequestParam(required = false) String vraag,
                   @RequestParam(required = false) String gebied, AreaRanges ranges, Locale locale, Model model) {
        OpgaveView opgave = catalog.opgave(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, QuestionDefinition> questions = triads.triads(id);
        model.addAttribute("opgave", opgave);
        ThemesController.addPaths(model, id, "/verkenner");
        model.addAttribute("ranges", ranges);
        model.addAttribute("questions", questions);
        model.addAttribute("providerNames", ThemesController.providerNames(catalog));
        model.addAttribute("roles", TellerRole.values());
        if (questions.isEmpty()) {
            return "dashboard/explorer";
        }
        String code = vraag != null && questions.containsKey(vraag) ? vraag : questions.keySet().iterator().next();
        QuestionDefinition question = questions.get(code);
        List<TriadPoint> polygon = parsePolygon(gebied);
        TriadArea area = ranges.toArea(polygon);
        boolean chosen = area.hasPolygon() || ranges.any();
        TriadSelection selection = explorer.select(filter.stories(id), code, area, chosen ? STORY_LIST_SIZE : 0);
        audit.record(AuditAction.READ, "OPGAVE_STORIES", id, AuditResult.OK, "explorer stories=" + String.join(",",
                selection.stories().stream().map(StoryHit::id).toList()));
        model.addAttribute("code", code);
        model.addAttribute("chosen", chosen);
        model.addAttribute("gebied", area.hasPolygon() ? gebied : null);
        model.addAttribute("selection", selection);
        model.addAttribute("chart", ExplorerChart.of(code, question.prompt().in(locale),
                question.options().stream().map(o -> o.label().in(locale)).toList(), selection, area));
        return "dashboard/explorer";
    }

    /**
     * "a,b,c;a,b,c;…" in shares. Anything malformed, out of range or too long gives no polygon: the page then
     * shows the whole triad rather than an error.
     */
    static List<TriadPoint> parsePolygon(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return List.of();
        }
        String[] vertices = encoded.split(";");
        if (vertices.length < 3 || vertices.length > MAX_VERTICES) {
            return List.of();
        }
        List<TriadPoint> polygon = new ArrayList<>();
        for (String vertex : vertices) {
            String[] parts = vertex.split(",");
            if (parts.length != 3) {
                return List.of();
            }
            float[] shares = new float[3];
            for (int i = 0; i < 3; i++) {
                try {
                    shares[i] = Float.parseFloat(parts[i].strip());
                } catch (NumberFormatException e) {
                    return List.of();
                }
                if (!Float.isFinite(shares[i]) || shares[i] < -1 || shares[i] > 2) {
                    return List.of();
                }
            }
            polygon.add(new TriadPoint(shares[0], shares[1], shares[2]));
        }
        return polygon;
    }

    /** The keyboard way to choose an area: a minimum and maximum percentage per corner. */
    record AreaRanges(Integer minA, Integer maxA, Integer minB, Integer maxB, Integer minC, Integer maxC) {

        public boolean any() {
            return minA != null || maxA != null || minB != null || maxB != null || minC != null || maxC != null;
        }

        TriadArea toArea(List<TriadPoint> polygon) {
            return new TriadArea(polygon, share(minA, 0), share(maxA, 100), share(minB, 0), share(maxB, 100),
                    share(minC, 0), share(maxC, 100));
        }

        private static double share(Integer percent, int otherwise) {
            int p = percent == null ? otherwise : Math.max(0, Math.min(100, percent));
            return p / 100.0;
        }
    }
}
