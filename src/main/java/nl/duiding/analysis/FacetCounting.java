package nl.duiding.analysis;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/** Counts every facet dimension for a filter, drilled dimensions sideways. */
final class FacetCounting {

    /** More labels than any dimension has (choice questions have at most 30 options); Lucene needs a bound. */
    static final int MAX_LABELS = 100_000;

    private FacetCounting() {
    }

    /**
     * The facet counts, and the "not applicable" and option counts of the stories the whole filter selects, which
     * the signifier aggregates show; {@code filtered} is null when a choice question was drilled (its counts here
     * are sideways, not filtered), and the aggregates must count those themselves.
     */
    record Counted(FacetCounts counts, SignifierScan.FacetTotals filtered) {
    }

    /** Whether the filter drills into a choice question, whose counts in the facet result are then sideways. */
    static boolean choiceDrilled(Map<String, Query> drilled) {
        return drilled.keySet().stream().anyMatch(dim -> dim.startsWith(StoryFields.CHOICE_DIM_PREFIX));
    }

    /**
     * Every facet dimension for the filter, keeping what the signifier aggregates would otherwise count again.
     *
     * @param state the index's facet state for this searcher's reader (built once per commit, not per query)
     */
    static Counted count(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state, Query base,
                         Map<String, Query> drilled) throws IOException {
        boolean choiceDrilled = choiceDrilled(drilled);
        if (FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) == null) {
            return new Counted(empty(), choiceDrilled ? null : SignifierScan.FacetTotals.NONE); // no story yet
        }
        Facets facets;
        long total;
        if (drilled.isEmpty()) {
            var result = searcher.search(base, new FacetsCollectorManager());
            total = result.getMatchingDocs().stream().mapToLong(md -> md.totalHits()).sum();
            if (total == 0) {
                return new Counted(empty(), SignifierScan.FacetTotals.NONE);
            }
            facets = new SortedSetDocValuesFacetCounts(state, result);
        } else {
            DrillDownQuery drillDown = new DrillDownQuery(config, base);
            drilled.forEach(drillDown::add);
            DrillSideways.DrillSidewaysResult result = new DrillSideways(searcher, config, state).search(drillDown, 1);
            total = result.hits.totalHits.value();
            facets = result.facets;
        }
        Map<String, Map<String, Long>> choices = new TreeMap<>();
        List<FacetResult> dims = facets.getAllDims(FacetCounting.MAX_LABELS);
        for (FacetResult dim : dims) {
            if (dim == null) {
                continue;
            }
            if (dim.dim.startsWith(StoryFields.CHOICE_DIM_PREFIX)) {
                choices.put(dim.dim.substring(StoryFields.CHOICE_DIM_PREFIX.length()), byCount(dim));
            }
        }
        // a drilled choice question that no longer matches anything still shows its sideways counts
        for (String dim : drilled.keySet()) {
            if (dim.startsWith(StoryFields.CHOICE_DIM_PREFIX)) {
                choices.putIfAbsent(dim.substring(StoryFields.CHOICE_DIM_PREFIX.length()), counts(facets, dim));
            }
        }
        FacetCounts counts = new FacetCounts(total, counts(facets, StoryFields.PROVIDER), counts(facets, StoryFields.ROLE),
                counts(facets, StoryFields.DISTRICT), sortedByLabel(counts(facets, StoryFields.MONTH)),
                counts(facets, StoryFields.CONSENT), choices);
        // dimensions nobody drilled are counted over the whole filter, drilled ones sideways
        return new Counted(counts, choiceDrilled ? null : SignifierScan.FacetTotals.of(dims));
    }

    private static FacetCounts empty() {
        return new FacetCounts(0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    static Map<String, Long> counts(Facets facets, String dim) throws IOException {
        try {
            FacetResult result = facets.getAllChildren(dim);
            return result == null ? Map.of() : byCount(result);
        } catch (IllegalArgumentException noSuchDimension) {
            return Map.of();
        }
    }

    private static Map<String, Long> byCount(FacetResult result) {
        Map<String, Long> out = new LinkedHashMap<>();
        Arrays.stream(result.labelValues)
                .sorted(Comparator.comparingLong((LabelAndValue lv) -> lv.value.longValue()).reversed()
                        .thenComparing(lv -> lv.label))
                .forEach(lv -> out.put(lv.label, lv.value.longValue()));
        return out;
    }

    private static Map<String, Long> sortedByLabel(Map<String, Long> counts) {
        return new LinkedHashMap<>(new TreeMap<>(counts));
    }
}
