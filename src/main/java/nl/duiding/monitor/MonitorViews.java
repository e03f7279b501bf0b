package nl.duiding.monitor;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.duiding.analysis.PageFilter;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.ProviderView;
import nl.duiding.platform.Period;
import nl.duiding.production.ProductionFigures;
import nl.duiding.report.DisclosurePolicy;

/** What the monitor pages share: the filter choices, the movement over the periods, and its CSV rows. */
@Component
class MonitorViews {

    private final OpgaveCatalog catalog;
    private final ProductionFigures figures;
    private final WarmCold warmCold;
    private final DisclosurePolicy policy;

    MonitorViews(OpgaveCatalog catalog, ProductionFigures figures, WarmCold warmCold, DisclosurePolicy policy) {
        this.policy = policy;
        this.catalog = catalog;
        this.figures = figures;
        this.warmCold = warmCold;
    }

    /**
     * What a page's filter covers: its year (by default the newest with declarations, so a page opens on something)
     * and grouping, the opgave, and the provider and district when they are known ones; anything else is ignored.
     */
    Scope scope(PageFilter filter, Long opgaveId, Long providerId, String district, boolean sharedOnly) {
        ProviderView provider = providerId == null ? null : catalog.provider(providerId).orElse(null);
        String districtCode = district != null && catalog.district(district).isPresent() ? district : null;
        int year = filter.year() != null ? filter.year()
                : figures.years().stream().findFirst().orElse(Year.now().getValue());
        Period.Grouping per = filter.per() == null ? Period.Grouping.MONTH : filter.per();
        return new Scope(year, per, opgaveId, provider == null ? null : provider.id(),
                provider == null ? null : provider.agbCode(), districtCode, sharedOnly);
    }

    /** The scope (also as {@code filter}, for links) and the choices of the filter form. */
    void addFilter(Model model, Scope scope) {
        Map<Long, String> providers = new LinkedHashMap<>();
        catalog.providers().forEach(p -> providers.put(p.id(), p.name()));
        model.addAttribute("scope", scope);
        model.addAttribute("filter", scope.filter());
        model.addAttribute("per", scope.per().parameter());
        model.addAttribute("years", figures.years().isEmpty() ? List.of(scope.year()) : figures.years());
        model.addAttribute("providerChoices", providers);
        model.addAttribute("districtChoices", districtNames());
    }

    /**
     * The periods of the scope with their totals and the two-panel chart. With {@code onlyAnswered} only the
     * questions some story in the scope answered get a column.
     */
    void addMovement(Model model, Scope scope, List<Signifier> questions, boolean onlyAnswered, Locale locale) {
        List<WarmColdRow> rows = forReader(warmCold.perPeriod(scope, questions), onlyAnswered);
        List<Signifier> shown = onlyAnswered ? answered(questions, rows) : questions;
        Signifier line = shown.stream().filter(s -> !s.triad()).findFirst().orElse(shown.stream().findFirst().orElse(null));
        model.addAttribute("rows", rows);
        model.addAttribute("total", warmCold.total(scope, rows, shown));
        model.addAttribute("chart", DualSeriesChart.of(rows, line, locale));
        model.addAttribute("lineSignifier", line);
        model.addAttribute("signifiers", shown);
    }

    /** The periods as CSV: header and rows, with the same columns as the page. */
    CsvTable movementCsv(Scope scope, List<Signifier> questions, boolean onlyAnswered) {
        List<WarmColdRow> periods = forReader(warmCold.perPeriod(scope, questions), onlyAnswered);
        List<Signifier> shown = onlyAnswered ? answered(questions, periods) : questions;
        List<List<Object>> rows = new ArrayList<>();
        for (WarmColdRow row : periods) {
            List<Object> values = new ArrayList<>(List.of(row.key()));
            values.addAll(CsvFiles.rowValues(row, shown));
            rows.add(values);
        }
        return new CsvTable(CsvFiles.rowHeader(List.of("periode"), shown), rows);
    }

    Map<String, String> districtNames() {
        Map<String, String> names = new LinkedHashMap<>();
        catalog.districts().forEach(d -> names.put(d.code(), d.name()));
        return names;
    }

    /**
     * A provider's own page ({@code provider}) is outside the municipality: a period's mean is shown only over at
     * least the disclosure policy's minimum of tellers (the stories and its own declarations stay as they are).
     */
    private List<WarmColdRow> forReader(List<WarmColdRow> rows, boolean provider) {
        return provider ? rows.stream().map(r -> r.meansOver(policy.minTellers())).toList() : rows;
    }

    /** Across every opgave most questions were never put to these tellers: keep those that were answered. */
    private static List<Signifier> answered(List<Signifier> all, List<WarmColdRow> rows) {
        return all.stream().filter(s -> rows.stream().anyMatch(r -> r.answered(s) > 0)).toList();
    }

    record CsvTable(List<String> header, List<List<Object>> rows) {
    }
}
