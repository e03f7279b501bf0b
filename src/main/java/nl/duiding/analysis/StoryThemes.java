package nl.duiding.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.springframework.stereotype.Service;

import nl.duiding.analysis.StoryInsights.StoryHit;

/**
 * Themes of a filtered subset of an opgave's stories: key terms against the rest of the opgave (keyness, see
 * {@link Keyness}) and clusters of similar stories ({@link StoryClusters}). Term counts come from the index's
 * postings in one pass over the title and body terms; nothing is read back from PostgreSQL.
 */
@Service
public class StoryThemes {

    public static final int DEFAULT_MIN_FREQUENCY = 5;
    public static final double ALPHA = 0.05;
    static final String[] TEXT_FIELDS = {StoryFields.TITLE, StoryFields.BODY};

    private final StoryIndex index;
    private final StoryQueries queries;
    private final StoryClusters clusters;
    private final SurfaceForms surfaceForms;

    StoryThemes(StoryIndex index, StoryQueries queries) {
        this.index = index;
        this.queries = queries;
        this.clusters = new StoryClusters();
        this.surfaceForms = new SurfaceForms(index.analyzer());
    }

    /**
     * Key terms of the filter's stories against the other stories of the same opgave.
     *
     * @param minFrequency the fewest occurrences in the subset for a term to be tested
     * @param limit        how many significant terms to return, the highest G² first
     */
    public ThemeReport themes(StoryFilter subset, int minFrequency, int limit) {
        if (subset.opgaveId() == null) {
            throw new IllegalArgumentException("themes compare within one opgave");
        }
        return themes(subset, StoryFilter.opgave(subset.opgaveId()), minFrequency, limit);
    }

    /**
     * Key terms of the subset's stories against the other stories of every opgave: for a subset that holds all of
     * its opgave's stories (a whole opgave over all the time it has stories), where {@link #themes(StoryFilter, int,
     * int)} has nothing to compare with. Says what sets this opgave's stories apart from the municipality's others.
     */
    public ThemeReport themesAgainstOtherOpgaven(StoryFilter subset, int minFrequency, int limit) {
        return themes(subset, new StoryFilter(null, null, null, null), minFrequency, limit);
    }

    /** Key terms of {@code subset} against the stories of {@code whole} outside it. */
    private ThemeReport themes(StoryFilter subset, StoryFilter whole, int minFrequency, int limit) {
        return index.withSearcher(searcher -> {
            // a story held for review lends no word to a theme label (issue 14)
            FixedBitSet inSubset = matching(searcher, FilterQueries.textReadable(queries.query(subset)));
            FixedBitSet inOpgave = matching(searcher, FilterQueries.textReadable(queries.query(whole)));
            inOpgave.or(inSubset);
            long subsetStories = inSubset.cardinality();
            long restStories = inOpgave.cardinality() - subsetStories;
            Map<String, long[]> counts = count(searcher, inSubset, inOpgave);
            long subsetTokens = counts.values().stream().mapToLong(c -> c[0]).sum();
            long restTokens = counts.values().stream().mapToLong(c -> c[1]).sum();
            if (subsetStories == 0 || restStories == 0 || subsetTokens == 0 || restTokens == 0) {
                return new ThemeReport(subsetStories, restStories, subsetTokens, restTokens, 0, ALPHA, List.of());
            }
            List<ThemeReport.Theme> tested = new ArrayList<>();
            counts.forEach((term, c) -> {
                if (c[0] >= minFrequency && !surfaceForms.isPlaceholder(term)) {
                    Keyness.Score s = Keyness.score(c[0], c[1], subsetTokens, restTokens);
                    tested.add(new ThemeReport.Theme(term, term, c[0], c[1], s.g2(), s.p(), s.logRatio()));
                }
            });
            double threshold = ALPHA / Math.max(1, tested.size());
            List<ThemeReport.Theme> key = tested.stream().filter(t -> t.logRatio() > 0 && t.p() < threshold)
                    .sorted(Comparator.comparingDouble(ThemeReport.Theme::g2).reversed().thenComparing(ThemeReport.Theme::term))
                    .limit(limit).toList();
            Map<String, String> words = surfaceForms.of(searcher, key.stream().map(ThemeReport.Theme::term).toList(), inSubset);
            List<ThemeReport.Theme> named = key.stream().map(t -> new ThemeReport.Theme(t.term(),
                    words.getOrDefault(t.term(), t.term()), t.inSubset(), t.inRest(), t.g2(), t.p(), t.logRatio())).toList();
            return new ThemeReport(subsetStories, restStories, subsetTokens, restTokens, tested.size(), ALPHA, named);
        });
    }

    /** The filter's stories that contain this indexed term, newest first, the term marked in the snippet. */
    public List<StoryHit> storiesWithTerm(StoryFilter filter, String term, int limit) {
        return index.withSearcher(searcher -> {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (String field : TEXT_FIELDS) {
                anyField.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }
            Query termQuery = anyField.build();
            Query query = new BooleanQuery.Builder().add(queries.query(filter), Occur.FILTER)
                    .add(termQuery, Occur.MUST).build();
            var top = searcher.search(query, Math.max(1, limit),
                    new Sort(new SortField(StoryFields.SUBMITTED, SortField.Type.LONG, true)));
            return queries.hits(searcher, termQuery, top, limit);
        });
    }

    /** Clusters of the filter's most recent stories (at most {@code cap}). */
    public ClusterReport clusters(StoryFilter filter, int cap) {
        return index.withSearcher(searcher -> clusters.cluster(searcher,
                FilterQueries.textReadable(queries.query(filter)), cap));
    }

    /** The documents a query matches, as one bit set over the whole index. */
    static FixedBitSet matching(IndexSearcher searcher, Query query) throws IOException {
        FixedBitSet bits = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
        var fc = searcher.search(query, new org.apache.lucene.facet.FacetsCollectorManager());
        for (var md : fc.getMatchingDocs()) {
            if (md.bits() == null) {
                continue;
            }
            DocIdSetIterator docs = md.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                bits.set(md.context().docBase + doc);
            }
        }
        return bits;
    }

    /**
     * Per indexed term of title and body: occurrences in the subset ([0]) and in the rest of the opgave ([1]),
     * walking each term's postings once. Stop words never reach the index.
     */
    private static Map<String, long[]> count(IndexSearcher searcher, FixedBitSet subset, FixedBitSet opgave)
            throws IOException {
        Map<String, long[]> counts = new HashMap<>();
        PostingsEnum postings = null;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            for (String field : TEXT_FIELDS) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                for (BytesRef term = te.next(); term != null; term = te.next()) {
                    postings = te.postings(postings, PostingsEnum.FREQS);
                    long a = 0;
                    long b = 0;
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        int global = leaf.docBase + doc;
                        if (live != null && !live.get(doc)) {
                            continue;
                        }
                        if (subset.get(global)) {
                            a += postings.freq();
                        } else if (opgave.get(global)) {
                            b += postings.freq();
                        }
                    }
                    if (a + b > 0) {
                        long[] c = counts.computeIfAbsent(term.utf8ToString(), t -> new long[2]);
                        c[0] += a;
                        c[1] += b;
                    }
                }
            }
        }
        return counts;
    }
}
