package nl.duiding.analysis;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.springframework.stereotype.Service;

/**
 * Grouped signifier summaries (stories, triad and dyad means per period, district or provider), computed in one
 * pass over the matching documents' doc values: memory grows with the number of groups, never with the stories.
 */
@Service
public class StorySummaries {

    private static final long DAY_MILLIS = 86_400_000L;

    /** Below this many matching stories one thread is quicker than two. */
    static final long PARALLEL_FROM = 20_000;

    private final StoryIndex index;
    private final AnalysisPool parts;

    StorySummaries(StoryIndex index, AnalysisPool parts) {
        this.index = index;
        this.parts = parts;
    }

    /**
     * One summary per group that has stories, ordered by key. Over many stories each index segment's documents are
     * split in two halves by document number, the second half summed on another thread, and the sums merged.
     */
    public List<StorySummary> summarize(SummaryRequest request) {
        return summarize(request, PARALLEL_FROM);
    }

    /** {@link #summarize(SummaryRequest)} with its own threshold for going parallel (0: always; tests use that). */
    List<StorySummary> summarize(SummaryRequest request, long parallelFrom) {
        return index.withSearcher(searcher -> {
            FacetsCollector matching = searcher.search(query(request), new FacetsCollectorManager());
            List<FacetsCollector.MatchingDocs> segments = matching.getMatchingDocs().stream()
                    .filter(md -> md.bits() != null && md.totalHits() > 0).toList();
            long total = segments.stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
            Map<String, SummaryGroups.Accumulator> groups;
            if (total < parallelFrom) {
                groups = accumulate(request, segments, 0, 1);
            } else {
                Future<Map<String, SummaryGroups.Accumulator>> second = parts.submit(() -> accumulate(request, segments, 1, 2));
                groups = accumulate(request, segments, 0, 2);
                AnalysisPool.join(second).forEach((key, sums) ->
                        groups.computeIfAbsent(key, SummaryGroups.Accumulator::new).add(sums));
            }
            return groups.values().stream().filter(a -> a.stories > 0).map(a -> a.summary(request)).toList();
        });
    }

    /** Sums the documents of part {@code part} of {@code parts} equal ranges of each segment's document numbers. */
    private static Map<String, SummaryGroups.Accumulator> accumulate(SummaryRequest request,
                                                                     List<FacetsCollector.MatchingDocs> segments,
                                                                     int part, int parts) throws IOException {
        Map<String, SummaryGroups.Accumulator> groups = new TreeMap<>();
        Map<Integer, SummaryGroups.Accumulator> periods = new HashMap<>();
        for (FacetsCollector.MatchingDocs md : segments) {
            LeafReader reader = md.context().reader();
            int from = (int) ((long) reader.maxDoc() * part / parts);
            int to = (int) ((long) reader.maxDoc() * (part + 1) / parts);
            if (from >= to) {
                continue;
            }
            SummaryGroups.Grouper grouper = SummaryGroups.grouper(request, reader, groups, periods);
            SummaryGroups.Signifiers signifiers = new SummaryGroups.Signifiers(reader, request);
            DocIdSetIterator docs = md.bits().iterator();
            for (int doc = docs.advance(from); doc < to; doc = docs.nextDoc()) {
                SummaryGroups.Accumulator group = grouper.group(doc);
                if (group != null) {
                    signifiers.addTo(group, doc);
                }
            }
        }
        return groups;
    }

    static Query query(SummaryRequest request) {
        StoryFilter filter = request.filter();
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
        if (filter.opgaveId() != null) {
            q.add(term(StoryFields.OPGAVE, Long.toString(filter.opgaveId())), Occur.FILTER);
        }
        if (filter.providerId() != null) {
            q.add(term(StoryFields.PROVIDER, filter.providerId() < 0 ? StoryFields.NO_PROVIDER
                    : filter.providerId().toString()), Occur.FILTER);
        }
        if (filter.role() != null) {
            q.add(term(StoryFields.ROLE, filter.role().name()), Occur.FILTER);
        }
        if (Boolean.TRUE.equals(filter.sharedWithProvider())) {
            q.add(term(StoryFields.SHARED, "true"), Occur.FILTER);
        }
        if (request.districtCode() != null) {
            q.add(term(StoryFields.DISTRICT, request.districtCode()), Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli() - 1;
            q.add(LongPoint.newRangeQuery(StoryFields.SUBMITTED, from, to), Occur.FILTER);
        }
        return q.build();
    }

    private static TermQuery term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

}
