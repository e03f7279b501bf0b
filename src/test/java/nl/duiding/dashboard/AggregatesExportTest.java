package nl.duiding.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.duiding.analysis.FacetCounts;
import nl.duiding.analysis.SignifierAggregates;
import nl.duiding.analysis.SignifierAggregates.DensityGrid;
import nl.duiding.analysis.SignifierAggregates.TriadAggregate;
import nl.duiding.analysis.TriadZone;

/** A triad nobody in the filter answered has a count but no mean, and the export still works. */
class AggregatesExportTest {

    @Test
    void aTriadWithoutAnswersHasACountAndNoMean() {
        SignifierAggregates none = new SignifierAggregates(3, Map.of("wat_hielp", new TriadAggregate("wat_hielp", 0, null,
                List.of(), List.of(), new DensityGrid(10, List.of()), Map.of(TriadZone.CENTRE, 0L))),
                Map.of(), Map.of(), Map.of(), Map.of("wat_hielp", 3L), Map.of());
        FacetCounts facets = new FacetCounts(3, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

        List<List<Object>> rows = AggregatesExport.rows(facets, none);

        assertThat(rows).contains(List.of("driehoek", "wat_hielp", "aantal", 0L), List.of("past_niet", "wat_hielp", "", 3L));
        assertThat(rows).noneMatch(row -> row.get(2).toString().startsWith("gemiddelde"));
    }
}
