package nl.duiding.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;

import nl.duiding.analysis.SignifierAggregates.StoneItem;
import nl.duiding.analysis.SignifierAggregates.StonesAggregate;

/**
 * One pass over the doc values of the matching stories for every signification question the index knows (found
 * from the index's field names, so no framework needs to be passed in). Never loads stored fields.
 */
final class SignifierScan {

    final long total;
    final Map<String, TriadStatistics> triads = new TreeMap<>();
    final Map<String, NumericAccumulator> dyads = new TreeMap<>();
    final Map<String, NumericAccumulator> scales = new TreeMap<>();
    final Map<String, Map<String, StoneAccumulator>> stones = new TreeMap<>();
    final Map<String, Long> notApplicable;
    final Map<String, Map<String, Long>> choices;

    private SignifierScan(long total, Map<String, Long> notApplicable, Map<String, Map<String, Long>> choices) {
        this.total = total;
        this.notApplicable = notApplicable;
        this.choices = choices;
    }

    /** Per question "not applicable" counts and per choice question its option counts, over the filtered stories. */
    record FacetTotals(Map<String, Long> notApplicable, Map<String, Map<String, Long>> choices) {

        static final FacetTotals NONE = new FacetTotals(Map.of(), Map.of());

        /** From facet results counted over exactly the filtered stories (dimensions that were not drilled). */
        static FacetTotals of(List<FacetResult> dims) {
            Map<String, Long> na = new TreeMap<>();
            Map<String, Map<String, Long>> choices = new TreeMap<>();
            collect(dims, na, choices);
            return new FacetTotals(na, choices);
        }
    }

    /**
     * @param facetState  the index's facet state for this searcher's reader (built once per commit, not per query)
     * @param countFacets false when the caller has the "not applicable" and option counts already (see
     *                    {@link FacetCounting#count}) and passes them to {@link #result(FacetTotals)}
     */
    static SignifierScan run(IndexSearcher searcher, SortedSetDocValuesReaderState facetState, FacetsCollector matching,
                             long total, boolean keepRaw, boolean countFacets) throws IOException {
        FieldInfos fields = FieldInfos.getMergedFieldInfos(searcher.getIndexReader());
        Map<String, Long> na = new TreeMap<>();
        Map<String, Map<String, Long>> choices = new TreeMap<>();
        if (total > 0 && countFacets) {
            countFacets(facetState, matching, fields, na, choices);
        }
        SignifierScan scan = new SignifierScan(total, na, choices);
        int stride = (int) Math.max(1, (total + SignifierAggregates.TriadAggregate.MAX_POINTS - 1)
                / SignifierAggregates.TriadAggregate.MAX_POINTS);
        for (FieldInfo field : fields) {
            scan.register(field.name, stride, keepRaw);
        }
        for (FacetsCollector.MatchingDocs md : matching.getMatchingDocs()) {
            if (md.bits() != null) {
                scan.readSegment(md);
            }
        }
        return scan;
    }

    SignifierAggregates result() {
        return result(new FacetTotals(notApplicable, choices));
    }

    /** The aggregates with these "not applicable" and option counts (empty when nothing matched). */
    SignifierAggregates result(FacetTotals facetTotals) {
        Map<String, SignifierAggregates.TriadAggregate> t = new LinkedHashMap<>();
        triads.forEach((code, acc) -> t.put(code, acc.result()));
        Map<String, SignifierAggregates.NumericAggregate> d = new LinkedHashMap<>();
        dyads.forEach((code, acc) -> d.put(code, acc.result()));
        Map<String, SignifierAggregates.NumericAggregate> s = new LinkedHashMap<>();
        scales.forEach((code, acc) -> s.put(code, acc.result()));
        Map<String, StonesAggregate> st = new LinkedHashMap<>();
        stones.forEach((code, items) -> st.put(code, new StonesAggregate(code,
                items.values().stream().map(StoneAccumulator::result).toList())));
        return total == 0 ? new SignifierAggregates(total, t, d, s, st, Map.of(), Map.of())
                : new SignifierAggregates(total, t, d, s, st, facetTotals.notApplicable(), facetTotals.choices());
    }

    private void register(String name, int stride, boolean keepRaw) {
        String[] parts = name.split("\\.");
        if (name.startsWith(StoryFields.TRIAD_PREFIX) && parts.length == 3 && parts[2].equals("a")) {
            triads.put(parts[1], TriadStatistics.sampled(parts[1], stride, keepRaw));
        } else if (name.startsWith(StoryFields.DYAD_PREFIX) && parts.length == 2) {
            dyads.put(parts[1], NumericAccumulator.dyad(parts[1]));
        } else if (name.startsWith(StoryFields.SCALE_PREFIX) && parts.length == 2) {
            scales.put(parts[1], NumericAccumulator.scale(parts[1]));
        } else if (name.startsWith(StoryFields.STONES_PREFIX) && parts.length == 4 && parts[3].equals("x")) {
            stones.computeIfAbsent(parts[1], k -> new TreeMap<>()).put(parts[2], new StoneAccumulator(parts[2], stride));
        }
    }

    /**
     * Reads one segment question by question: each loop walks the matching documents for one set of doc values,
     * which keeps the loop small and monomorphic (a loop per document over every question's reader was half as fast
     * at a third of a million stories).
     */
    private void readSegment(FacetsCollector.MatchingDocs md) throws IOException {
        var reader = md.context().reader();
        for (var e : triads.entrySet()) {
            TriadDocValues answers = TriadDocValues.of(reader, e.getKey());
            TriadStatistics acc = e.getValue();
            DocIdSetIterator docs = md.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (answers.advanceExact(doc)) {
                    acc.add(answers.a(), answers.b(), answers.c());
                }
            }
        }
        numeric(md, dyads, StoryFields.DYAD_PREFIX);
        numeric(md, scales, StoryFields.SCALE_PREFIX);
        for (var question : stones.entrySet()) {
            for (StoneAccumulator item : question.getValue().values()) {
                NumericDocValues x = DocValues.getNumeric(reader, StoryFields.stonesField(question.getKey(), item.item, 'x'));
                NumericDocValues y = DocValues.getNumeric(reader, StoryFields.stonesField(question.getKey(), item.item, 'y'));
                DocIdSetIterator docs = md.bits().iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (x.advanceExact(doc) && y.advanceExact(doc)) {
                        item.add(value(x), value(y));
                    }
                }
            }
        }
    }

    private static void numeric(FacetsCollector.MatchingDocs md, Map<String, NumericAccumulator> target, String prefix)
            throws IOException {
        for (var e : target.entrySet()) {
            NumericDocValues values = DocValues.getNumeric(md.context().reader(), prefix + e.getKey());
            NumericAccumulator acc = e.getValue();
            DocIdSetIterator docs = md.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (values.advanceExact(doc)) {
                    acc.add(value(values));
                }
            }
        }
    }

    private static double value(NumericDocValues values) throws IOException {
        return StoryFields.answerValue(values.longValue());
    }

    /** Option counts per choice question and "not applicable" counts, from the sorted-set facets. */
    private static void countFacets(SortedSetDocValuesReaderState state, FacetsCollector matching,
                                    FieldInfos fields, Map<String, Long> na, Map<String, Map<String, Long>> choices)
            throws IOException {
        if (fields.fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) == null) {
            return;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, matching);
        collect(facets.getAllDims(FacetCounting.MAX_LABELS), na, choices);
    }

    private static void collect(List<FacetResult> dims, Map<String, Long> na, Map<String, Map<String, Long>> choices) {
        for (FacetResult dim : dims) {
            if (dim == null) {
                continue;
            }
            if (dim.dim.equals(StoryFields.NOT_APPLICABLE)) {
                for (LabelAndValue lv : dim.labelValues) {
                    na.put(lv.label, lv.value.longValue());
                }
            } else if (dim.dim.startsWith(StoryFields.CHOICE_DIM_PREFIX)) {
                Map<String, Long> options = new TreeMap<>();
                for (LabelAndValue lv : dim.labelValues) {
                    options.put(lv.label, lv.value.longValue());
                }
                choices.put(dim.dim.substring(StoryFields.CHOICE_DIM_PREFIX.length()), options);
            }
        }
    }

    /** One stone of a stones question. */
    static final class StoneAccumulator {
        final String item;
        private final int stride;
        private long n;
        private double sumX;
        private double sumY;
        private final List<SignifierAggregates.Position> sample = new ArrayList<>();

        StoneAccumulator(String item, int stride) {
            this.item = item;
            this.stride = stride;
        }

        void add(double x, double y) {
            if (n % stride == 0 && sample.size() < SignifierAggregates.TriadAggregate.MAX_POINTS) {
                sample.add(new SignifierAggregates.Position(x, y));
            }
            n++;
            sumX += x;
            sumY += y;
        }

        StoneItem result() {
            return new StoneItem(item, n, n == 0 ? Double.NaN : sumX / n, n == 0 ? Double.NaN : sumY / n, List.copyOf(sample));
        }
    }

}
