package nl.duiding.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import nl.duiding.analysis.FacetCounts;
import nl.duiding.analysis.PageFilter;
import nl.duiding.analysis.SignifierAggregates;
import nl.duiding.analysis.SignifierAggregates.NumericAggregate;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.chart.TriadChart;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.platform.CsvDownload;

/**
 * The opgave dashboard's figures as CSV, for the same filter as the page: every facet count, the triad means and zone
 * counts, the slider and scale means, medians and histograms, the choices and the "not applicable" counts. One row
 * per figure (kind; question or dimension; label; value), so a spreadsheet can pivot it. For policy officers' own
 * analysis: these are unrounded counts, not for publication (council reports go through the disclosure policy).
 */
@Controller
class AggregatesExport {

    static final List<String> HEADER = List.of("soort", "vraag_of_dimensie", "label", "waarde");

    private final OpgaveCatalog catalog;
    private final StoryQueries queries;
    private final AuditLog audit;

    AggregatesExport(OpgaveCatalog catalog, StoryQueries queries, AuditLog audit) {
        this.catalog = catalog;
        this.queries = queries;
        this.audit = audit;
    }

    @GetMapping("/dashboard/opgave/{id}/cijfers.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, @ModelAttribute("filter") PageFilter pageFilter) {
        catalog.opgave(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        StoryFilter filter = pageFilter.stories(id);
        List<List<Object>> rows = rows(queries.facets(filter), queries.aggregates(filter));
        audit.record(AuditAction.EXPORT, "OPGAVE_AGGREGATES", id, AuditResult.OK, "csv, " + filter);
        return CsvDownload.attachment("verhalen-cijfers-" + id + ".csv", HEADER, rows);
    }

    static List<List<Object>> rows(FacetCounts facets, SignifierAggregates aggregates) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("verhalen", "", "totaal", aggregates.total()));
        counts(rows, "aanbieder", facets.providers());
        counts(rows, "rol", facets.roles());
        counts(rows, "wijk", facets.districts());
        counts(rows, "maand", facets.months());
        counts(rows, "kwartaal", facets.quarters());
        counts(rows, "toestemming", facets.consents());
        aggregates.triads().forEach((code, triad) -> {
            rows.add(List.of("driehoek", code, "aantal", triad.n()));
            if (triad.mean() != null) { // no mean where nobody in the filter answered
                rows.add(List.of("driehoek", code, "gemiddelde_a", CsvDownload.decimal(triad.mean().a())));
                rows.add(List.of("driehoek", code, "gemiddelde_b", CsvDownload.decimal(triad.mean().b())));
                rows.add(List.of("driehoek", code, "gemiddelde_c", CsvDownload.decimal(triad.mean().c())));
            }
            triad.zones().forEach((zone, count) -> rows.add(List.of("driehoek_zone", code, zone.name(), count)));
            // the density cells with answers, labelled as in the page's table
            triad.density().cells().stream().filter(c -> c.count() > 0)
                    .forEach(c -> rows.add(List.of("driehoek_vak", code, TriadChart.cellLabel(c), c.count())));
        });
        numeric(rows, "schuif", aggregates.dyads());
        numeric(rows, "schaal", aggregates.scales());
        // choice options drill sideways, as on the page: a chosen option does not hide the others' counts
        facets.choices().forEach((code, options) ->
                options.forEach((option, count) -> rows.add(List.of("keuze", code, option, count))));
        aggregates.notApplicable().forEach((code, count) -> rows.add(List.of("past_niet", code, "", count)));
        return rows;
    }

    private static void counts(List<List<Object>> rows, String dimension, Map<String, Long> counts) {
        counts.forEach((label, count) -> rows.add(List.of("filter", dimension, label, count)));
    }

    private static void numeric(List<List<Object>> rows, String kind, Map<String, NumericAggregate> aggregates) {
        aggregates.forEach((code, a) -> {
            rows.add(List.of(kind, code, "aantal", a.n()));
            rows.add(List.of(kind, code, "gemiddelde", CsvDownload.decimal(a.mean())));
            rows.add(List.of(kind, code, "mediaan", CsvDownload.decimal(a.median())));
            a.histogram().forEach(bin -> rows.add(List.of(kind + "_histogram", code,
                    CsvDownload.decimal(bin.from()) + " - " + CsvDownload.decimal(bin.to()), bin.count())));
        });
    }
}
