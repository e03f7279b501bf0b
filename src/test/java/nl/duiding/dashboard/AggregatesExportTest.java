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

/** What the figures CSV holds for a filter: the same counts as the dashboard page, also at the edges. */
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

    @Test
    void aDrilledChoiceIsCountedSidewaysLikeOnThePage() {
        // the filter holds leeftijd = tot_12; the page shows the other options' counts as if that choice were not
        // set (drill sideways), so the CSV must too — it used to write the in-filter count, j12_17 missing (issue 15)
        SignifierAggregates inFilter = new SignifierAggregates(2, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of("leeftijd", Map.of("tot_12", 2L)));
        FacetCounts sideways = new FacetCounts(2, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of("leeftijd", Map.of("tot_12", 2L, "j12_17", 1L)));

        List<List<Object>> rows = AggregatesExport.rows(sideways, inFilter);

        assertThat(rows).contains(List.of("keuze", "leeftijd", "tot_12", 2L), List.of("keuze", "leeftijd", "j12_17", 1L));
    }
}
