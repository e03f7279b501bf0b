package nl.duiding.analysis;

import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.platform.Period;
import nl.duiding.production.FigureFilter;
import nl.duiding.production.FigureRow;
import nl.duiding.production.ProductionFigures;

/**
 * The benchmark's opgave dashboard on the index side: {@link StoryQueries#insights} (what the dashboard page asks
 * today: counts, provider and role facets, triad points, the newest stories) plus every facet, triad and slider
 * aggregates and the per-month warm side read from doc values in one pass, joined with the cold figures of
 * {@link ProductionFigures}. Once {@code StoryQueries} has its own aggregates and warm/cold join, {@link #query}
 * is the one method to point at them.
 */
final class IndexDashboard {

    static final String TRIAD = "wat_hielp";
    static final String DYAD = "regie";

    private final StoryQueries queries;
    private final StoryIndex index;
    private final ProductionFigures figures;
    private final OpgaveCatalog catalog;

    IndexDashboard(StoryQueries queries, StoryIndex index, ProductionFigures figures, OpgaveCatalog catalog) {
        this.queries = queries;
        this.index = index;
        this.figures = figures;
        this.catalog = catalog;
    }

    /** The measured dashboard query; {@code withCold} adds the declared figures per month (PostgreSQL today). */
    DashboardFigures query(StoryFilter filter, List<YearMonth> months, boolean withCold) {
        StoryInsights insights = queries.insights(filter, List.of(TRIAD), 10);
        DashboardFigures warm = warm(filter, months);
        SortedMapJoin join = new SortedMapJoin(warm.months());
        if (withCold) {
            cold(filter, months, join);
        }
        return new DashboardFigures(insights.total(), warm.facets(), warm.triadCount(), warm.triadMean(), warm.dyadCount(),
                warm.dyadHistogram(), warm.dyadMean(), warm.dyadMedian(), join.months,
                insights.triads().get(TRIAD).size(), insights.stories().size());
    }

    private void cold(StoryFilter filter, List<YearMonth> months, SortedMapJoin join) {
        cold(filter, months).forEach(join::cold);
    }

    /** The declared figures per month of the filter's opgave (and provider), for every year the months touch. */
    List<FigureRow> cold(StoryFilter filter, List<YearMonth> months) {
        List<FigureRow> rows = new java.util.ArrayList<>();
        String agb = filter.providerId() == null ? null : catalog.provider(filter.providerId()).orElseThrow().agbCode();
        months.stream().map(YearMonth::getYear).distinct().forEach(year ->
                rows.addAll(figures.perPeriod(new FigureFilter(year, filter.opgaveId(), agb, Period.Grouping.MONTH))));
        return rows;
    }

    /** Everything the index answers, in one search plus a sideways count where the filter drills. */
    DashboardFigures warm(StoryFilter filter, List<YearMonth> months) {
        return index.withSearcher(searcher -> {
            Query base = base(filter);
            Map<String, Query> drilled = drilled(filter);
            BooleanQuery.Builder full = new BooleanQuery.Builder().add(base, Occur.MUST);
            drilled.values().forEach(q -> full.add(q, Occur.FILTER));
            FacetsCollector fc = FacetsCollectorManager.search(searcher, full.build(), 1, new FacetsCollectorManager())
                    .facetsCollector();
            Facets facets;
            SortedSetDocValuesReaderState state = index.facetState(searcher.getIndexReader());
            if (drilled.isEmpty()) {
                facets = new SortedSetDocValuesFacetCounts(state, fc);
            } else {
                DrillDownQuery ddq = new DrillDownQuery(index.facetsConfig(), base);
                drilled.forEach(ddq::add);
                facets = new DrillSideways(searcher, index.facetsConfig(), state).search(ddq, 1).facets;
            }
            Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
            for (String dim : DashboardFigures.DIMENSIONS) {
                counts.put(dim, counts(facets, dim));
            }
            return values(fc, counts, months);
        });
    }

    private DashboardFigures values(FacetsCollector fc, Map<String, Map<String, Long>> counts, List<YearMonth> months)
            throws IOException {
        long monthStart = nl.duiding.platform.Period.startOf(months.getFirst()).toEpochMilli();
        long[] monthStarts = months.stream().mapToLong(m -> nl.duiding.platform.Period.startOf(m).toEpochMilli())
                .toArray();
        long[] perMonth = new long[months.size()];
        double[] regiePerMonth = new double[months.size()];
        long[] regieCountPerMonth = new long[months.size()];
        double[] triad = new double[3];
        long triadCount = 0;
        long[] hundredths = new long[101];
        double dyadSum = 0;
        long dyadCount = 0;
        long total = 0;
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            if (md.bits() == null) {
                continue;
            }
            var reader = md.context().reader();
            NumericDocValues a = DocValues.getNumeric(reader, StoryFields.triadField(TRIAD, 'a'));
            NumericDocValues b = DocValues.getNumeric(reader, StoryFields.triadField(TRIAD, 'b'));
            NumericDocValues c = DocValues.getNumeric(reader, StoryFields.triadField(TRIAD, 'c'));
            NumericDocValues dyad = DocValues.getNumeric(reader, StoryFields.dyadField(DYAD));
            NumericDocValues submitted = DocValues.getNumeric(reader, StoryFields.SUBMITTED);
            DocIdSetIterator docs = md.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                total++;
                if (a.advanceExact(doc) && b.advanceExact(doc) && c.advanceExact(doc)) {
                    triad[0] += Float.intBitsToFloat((int) a.longValue());
                    triad[1] += Float.intBitsToFloat((int) b.longValue());
                    triad[2] += Float.intBitsToFloat((int) c.longValue());
                    triadCount++;
                }
                int month = -1;
                if (submitted.advanceExact(doc) && submitted.longValue() >= monthStart) {
                    month = monthIndex(monthStarts, submitted.longValue());
                    perMonth[month]++;
                }
                if (dyad.advanceExact(doc)) {
                    float value = Float.intBitsToFloat((int) dyad.longValue());
                    hundredths[Math.round(value * 100)]++;
                    dyadSum += value;
                    dyadCount++;
                    if (month >= 0) {
                        regiePerMonth[month] += value;
                        regieCountPerMonth[month]++;
                    }
                }
            }
        }
        TreeMap<String, DashboardFigures.Month> byMonth = new TreeMap<>();
        for (int m = 0; m < months.size(); m++) {
            byMonth.put(months.get(m).toString(), new DashboardFigures.Month(perMonth[m],
                    regieCountPerMonth[m] == 0 ? Double.NaN : regiePerMonth[m] / regieCountPerMonth[m], 0, 0));
        }
        double[] mean = triadCount == 0 ? new double[3]
                : new double[] {triad[0] / triadCount, triad[1] / triadCount, triad[2] / triadCount};
        return new DashboardFigures(total, counts, triadCount, mean, dyadCount, DashboardFigures.deciles(hundredths),
                dyadCount == 0 ? Double.NaN : dyadSum / dyadCount, DashboardFigures.median(hundredths, dyadCount),
                byMonth, 0, 0);
    }

    private static int monthIndex(long[] starts, long millis) {
        int i = java.util.Arrays.binarySearch(starts, millis);
        return i >= 0 ? i : -i - 2;
    }

    private static Query base(StoryFilter filter) {
        return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(new TermQuery(new Term(StoryFields.OPGAVE, Long.toString(filter.opgaveId()))), Occur.FILTER).build();
    }

    private static Map<String, Query> drilled(StoryFilter filter) {
        Map<String, Query> drilled = new LinkedHashMap<>();
        if (filter.providerId() != null) {
            drilled.put(StoryFields.PROVIDER, new TermQuery(new Term(StoryFields.PROVIDER, filter.providerId().toString())));
        }
        if (filter.role() != null) {
            drilled.put(StoryFields.ROLE, new TermQuery(new Term(StoryFields.ROLE, filter.role().name())));
        }
        return drilled;
    }

    private static Map<String, Long> counts(Facets facets, String dim) throws IOException {
        FacetResult result = facets.getAllChildren(dim);
        Map<String, Long> out = new TreeMap<>();
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                out.put(lv.label, lv.value.longValue());
            }
        }
        return out;
    }

    /** Puts the cold figures per month next to the warm ones. */
    private static final class SortedMapJoin {
        private final TreeMap<String, DashboardFigures.Month> months;

        SortedMapJoin(java.util.SortedMap<String, DashboardFigures.Month> warm) {
            this.months = new TreeMap<>(warm);
        }

        void cold(FigureRow row) {
            DashboardFigures.Month warm = months.get(row.key());
            if (warm != null) {
                months.put(row.key(), new DashboardFigures.Month(warm.stories(), warm.regieMean(), row.amountCents(),
                        row.clients()));
            }
        }
    }

    static Instant start(YearMonth month) {
        return nl.duiding.platform.Period.startOf(month);
    }

}
