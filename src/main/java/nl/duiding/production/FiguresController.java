package nl.duiding.production;

import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;
import nl.duiding.platform.Period;

/** The figures pages: per period, provider, district and opgave, and the effect chain of an opgave. */
@Controller
class FiguresController {

    private final ProductionFigures figures;
    private final OpgaveCatalog catalog;
    private final AuditLog audit;

    FiguresController(ProductionFigures figures, OpgaveCatalog catalog, AuditLog audit) {
        this.figures = figures;
        this.catalog = catalog;
        this.audit = audit;
    }

    @GetMapping("/dashboard/productie")
    String overview(@RequestParam(name = "jaar", required = false) Integer year,
                    @RequestParam(name = "opgave", required = false) Long opgaveId,
                    @RequestParam(name = "aanbieder", required = false) String providerAgb,
                    @RequestParam(name = "per", required = false) String per, Locale locale, Model model) {
        FigureFilter filter = filter(year, opgaveId, providerAgb, per);
        List<FigureRow> periods = figures.perPeriod(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("years", figures.years());
        model.addAttribute("total", figures.total(filter));
        model.addAttribute("shared", figures.sharedClients(filter));
        model.addAttribute("periods", periods);
        model.addAttribute("chart", TrendLine.of(periods, locale));
        model.addAttribute("providers", figures.perProvider(filter));
        model.addAttribute("districts", figures.perDistrict(filter));
        model.addAttribute("opgaveRows", figures.perOpgave(filter));
        model.addAttribute("allocation", figures.allocations(filter));
        addLabels(model);
        audit.record(AuditAction.READ, "PRODUCTION_FIGURES", filter.year(), AuditResult.OK, String.valueOf(filter));
        return "production/figures";
    }

    @GetMapping("/dashboard/productie/opgave/{id}")
    String effectChain(@PathVariable long id, @RequestParam(name = "jaar", required = false) Integer year,
                       Locale locale, Model model) {
        OpgaveView opgave = catalog.opgave(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        FigureFilter filter = filter(year, id, null, null);
        List<FigureRow> periods = figures.perPeriod(filter);
        model.addAttribute("opgave", opgave);
        model.addAttribute("filter", filter);
        model.addAttribute("years", figures.years());
        model.addAttribute("chain", figures.effectChain(id, filter.year()));
        model.addAttribute("allocated", figures.allocationsBetween(YearMonth.of(filter.year(), 1),
                YearMonth.of(filter.year(), 12), filter));
        model.addAttribute("periods", periods);
        model.addAttribute("chart", TrendLine.of(periods, locale));
        model.addAttribute("providers", figures.perProvider(filter));
        addLabels(model);
        audit.record(AuditAction.READ, "PRODUCTION_EFFECT_CHAIN", id, AuditResult.OK, "year=" + filter.year());
        return "production/effect-chain";
    }

    /** Defaults to the newest year with data, so the page opens on something. */
    private FigureFilter filter(Integer year, Long opgaveId, String providerAgb, String per) {
        int chosen = year != null ? year : figures.years().stream().findFirst().orElse(Year.now().getValue());
        Period.Grouping granularity = Period.Grouping.parse(per);
        String agb = providerAgb != null && providerAgb.matches("[0-9]{8}") ? providerAgb : null;
        return new FigureFilter(chosen, opgaveId, agb, granularity);
    }

    private void addLabels(Model model) {
        Map<String, String> providerNames = new LinkedHashMap<>();
        catalog.providers().forEach(p -> providerNames.put(p.agbCode(), p.name()));
        Map<String, String> districtNames = new LinkedHashMap<>();
        catalog.districts().forEach(d -> districtNames.put(d.code(), d.name()));
        Map<String, String> opgaveNames = new LinkedHashMap<>();
        catalog.opgaven().forEach(o -> opgaveNames.put(Long.toString(o.id()), o.name()));
        model.addAttribute("providerNames", providerNames);
        model.addAttribute("districtNames", districtNames);
        model.addAttribute("opgaveNames", opgaveNames);
        model.addAttribute("opgaven", catalog.opgaven());
    }
}
