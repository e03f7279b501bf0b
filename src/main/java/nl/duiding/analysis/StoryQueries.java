package nl.duiding.analysis;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.springframework.stereotype.Service;

import nl.duiding.analysis.StoryInsights.StoryHit;
import nl.duiding.analysis.StoryInsights.TriadPoint;

/** The module's query API: counts, facets, triad points and a searchable story list for a filter. */
@Service
public class StoryQueries {

    static final int MAX_QUERY_LENGTH = 500;

    private final StoryIndex index;
    private final AnalysisPool parts;

    StoryQueries(StoryIndex index, AnalysisPool parts) {
        this.index = index;
        this.parts = parts;
    }

    /**
     * The opgave dashboard in one call: the newest (or best matching) stories, every facet and every signifier
     * aggregate, computed in parallel on one searcher, so all three count the same commit.
     *
     * @param limit how many stories to list
     */
    public StoryOverview overview(StoryFilter filter, int limit) {
        return overview(filter, 0, limit);
    }

    /**
     * The overview with the stories {@code offset} to {@code offset + limit} of the list (newest first, or the most
     * relevant first when searching); the counts and aggregates are those of the whole filter.
     */
    public StoryOverview overview(StoryFilter filter, int offset, int limit) {
        boolean choiceDrilled = FacetCounting.choiceDrilled(drilledDimensions(filter));
        return index.withSearcher(searcher -> {
            // the facet count already holds the filtered "not applicable" and option counts the aggregates show,
            // unless a choice question was drilled: then the scan counts them itself, as aggregates() does
            Future<SignifierScan> scan = parts.submit(() -> scan(searcher, query(filter), false, choiceDrilled));
            Future<FacetCounting.Counted> facets = parts.submit(() -> facets(searcher, filter));
            StoryInsights insights = insights(searcher, filter, List.of(), offset, limit);
            FacetCounting.Counted counted = AnalysisPool.join(facets);
            SignifierScan scanned = AnalysisPool.join(scan);
            SignifierAggregates aggregates = counted.filtered() == null ? scanned.result() : scanned.result(counted.filtered());
            return new StoryOverview(insights, counted.counts(), aggregates);
        });
    }

    /**
     * @param triadCodes the triad questions whose points are wanted
     * @param limit      how many stories to list
     */
    public StoryInsights insights(StoryFilter filter, List<String> triadCodes, int limit) {
        return index.withSearcher(searcher -> insights(searcher, filter, triadCodes, 0, limit));
    }

    private StoryInsights insights(IndexSearcher searcher, StoryFilter filter, List<String> triadCodes, int offset,
                                   int limit) throws IOException {
        Query textQuery = textQuery(filter);
        Query base = baseQuery(filter, textQuery);
        Map<String, Query> drilled = drilledDimensions(filter);
        Query query = withDimensions(base, drilled);
        Sort sort = filter.hasText() ? Sort.RELEVANCE : new Sort(new SortField(StoryFields.SUBMITTED, SortField.Type.LONG, true));
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query,
                Math.max(1, offset + limit), sort, new FacetsCollectorManager());
        FacetsCollector fc = result.facetsCollector();
        long total = result.topDocs().totalHits.value();
        Map<String, List<TriadPoint>> triads = new LinkedHashMap<>();
        for (String code : triadCodes) {
            triads.put(code, triadPoints(fc, code));
        }
        TopDocs top = result.topDocs();
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                Math.min(offset + limit, top.scoreDocs.length));
        return new StoryInsights(total, triads, hits(searcher, textQuery, new TopDocs(top.totalHits, page), limit));
    }

    /** Opgave, consent and text: what every count on the page shares. */
    private static Query baseQuery(StoryFilter filter, Query textQuery) {
        return FilterQueries.base(filter, textQuery);
    }

    /** The facet dimensions the user drilled into, each with the filter it adds. */
    private static Map<String, Query> drilledDimensions(StoryFilter filter) {
        return FilterQueries.drilled(filter);
    }

    private static Query withDimensions(Query base, Map<String, Query> drilled) {
        return FilterQueries.withDimensions(base, drilled);
    }

    /** Every facet dimension (opgave's providers, roles, districts, months, consents, choice questions), drilled ones sideways. */
    public FacetCounts facets(StoryFilter filter) {
        return index.withSearcher(searcher -> facets(searcher, filter).counts());
    }

    private FacetCounting.Counted facets(IndexSearcher searcher, StoryFilter filter) throws IOException {
        return FacetCounting.count(searcher, index.facetsConfig(), index.facetState(searcher.getIndexReader()),
                baseQuery(filter, textQuery(filter)), drilledDimensions(filter));
    }

    /** The signifier aggregates of every question in the index for the stories the filter selects, in one pass. */
    public SignifierAggregates aggregates(StoryFilter filter) {
        return index.withSearcher(searcher -> aggregates(searcher, filter));
    }

    private SignifierAggregates aggregates(IndexSearcher searcher, StoryFilter filter) throws IOException {
        return scan(searcher, FilterQueries.all(filter, textQuery(filter)), false).result();
    }

    /** The matching stories' answers, read once from doc values; {@code keepRaw} keeps every value for tests. */
    SignifierScan scan(IndexSearcher searcher, Query query, boolean keepRaw) throws IOException {
        return scan(searcher, query, keepRaw, true);
    }

    private SignifierScan scan(IndexSearcher searcher, Query query, boolean keepRaw, boolean countFacets) throws IOException {
        FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
        long total = fc.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
        return SignifierScan.run(searcher, index.facetState(searcher.getIndexReader()), fc, total, keepRaw, countFacets);
    }

    <T> T withSearcher(StoryIndex.SearchFunction<T> work) {
        return index.withSearcher(work);
    }

    /** Every story the filter selects, as one query: what aggregates, themes, clusters and the explorer start from. */
    Query query(StoryFilter filter) {
        return FilterQueries.all(filter, textQuery(filter));
    }

    /** User text through Lucene's simple query syntax, which never throws on malformed input. */
    private Query textQuery(StoryFilter filter) {
        if (!filter.hasText()) {
            return null;
        }
        String text = filter.text().length() > MAX_QUERY_LENGTH ? filter.text().substring(0, MAX_QUERY_LENGTH) : filter.text();
        Query parsed = new StoryQueryParser(index.analysis()).parse(text);
        return parsed == null ? new MatchNoDocsQuery() : parsed;
    }

    private static List<TriadPoint> triadPoints(FacetsCollector fc, String code) throws IOException {
        List<TriadPoint> points = new ArrayList<>();
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            if (md.bits() == null) {
                continue;
            }
            TriadDocValues answers = TriadDocValues.of(md.context().reader(), code);
            DocIdSetIterator docs = md.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (answers.advanceExact(doc)) {
                    points.add(new TriadPoint(answers.a(), answers.b(), answers.c()));
                }
            }
        }
        return points;
    }

    List<StoryHit> hits(IndexSearcher searcher, Query textQuery, TopDocs top, int limit) throws IOException {
        if (limit <= 0) {
            return List.of();
        }
        String[] highlights = textQuery == null ? null
                : UnifiedHighlighter.builder(searcher, index.analyzer()).withFormatter(new Snippets.OffsetFormatter())
                .build().highlight(StoryFields.BODY, textQuery, top, 2);
        List<StoryHit> hits = new ArrayList<>();
        var storedFields = searcher.storedFields();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document doc = storedFields.document(sd.doc);
            String body = doc.get(StoryFields.BODY);
            hits.add(hit(doc, highlights == null ? Snippets.plain(body) : Snippets.fromOffsets(body, highlights[i])));
        }
        return hits;
    }

    /** A stored story document as a list entry with this snippet. */
    static StoryHit hit(Document doc, List<StoryInsights.Fragment> snippet) {
        return new StoryHit(doc.get(StoryFields.ID), doc.get(StoryFields.TITLE), snippet,
                doc.get(StoryFields.ROLE), doc.get(StoryFields.PROVIDER),
                Instant.ofEpochMilli(doc.getField(StoryFields.SUBMITTED).numericValue().longValue()));
    }
}
