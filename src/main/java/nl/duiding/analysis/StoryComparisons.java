package nl.duiding.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import nl.duiding.analysis.Comparison.Kind;
import nl.duiding.analysis.Comparison.QuestionComparison;

/**
 * Compares two subsets of stories question by question: chi-square for choices, Mann-Whitney U for sliders and
 * scales, a permutation test for triad means. Below the minimum group size no test is run (ADR 0009).
 */
@Service
public class StoryComparisons {

    private final StoryQueries queries;
    private final SignificanceTests tests;

    StoryComparisons(StoryQueries queries, @Value("${duiding.analysis.min-group-size:20}") int minGroupSize,
                     @Value("${duiding.analysis.permutations:999}") int permutations,
                     @Value("${duiding.analysis.permutation-seed:20260101}") long seed,
                     @Value("${duiding.analysis.max-permuted-per-group:5000}") int maxPermuted) {
        this.queries = queries;
        this.tests = new SignificanceTests(minGroupSize, permutations, seed, maxPermuted);
    }

    /** The stories of filter {@code a} against those of filter {@code b}. */
    public Comparison compare(StoryFilter a, StoryFilter b) {
        return queries.withSearcher(searcher -> compare(queries.scan(searcher, queries.query(a), true),
                queries.scan(searcher, queries.query(b), true)));
    }

    /** The stories of {@code subset} against the rest of {@code whole} (e.g. one provider against the others). */
    public Comparison compareWithRest(StoryFilter whole, StoryFilter subset) {
        return queries.withSearcher(searcher -> {
            Query inSubset = queries.query(subset);
            Query rest = new BooleanQuery.Builder().add(queries.query(whole), Occur.MUST)
                    .add(inSubset, Occur.MUST_NOT).build();
            return compare(queries.scan(searcher, inSubset, true), queries.scan(searcher, rest, true));
        });
    }

    private Comparison compare(SignifierScan a, SignifierScan b) {
        List<QuestionComparison> out = new ArrayList<>();
        for (String code : union(a.triads.keySet(), b.triads.keySet())) {
            if (a.triads.containsKey(code) && b.triads.containsKey(code) && a.triads.get(code).n() + b.triads.get(code).n() > 0) {
                out.add(tests.triad(code, a.triads.get(code).raw(), b.triads.get(code).raw()));
            }
        }
        numeric(a.dyads, b.dyads, Kind.DYAD, out);
        numeric(a.scales, b.scales, Kind.SCALE, out);
        for (String code : union(a.choices.keySet(), b.choices.keySet())) {
            out.add(tests.choice(code, a.choices.getOrDefault(code, Map.of()), b.choices.getOrDefault(code, Map.of())));
        }
        return new Comparison(a.total, b.total, tests.minGroupSize(), Comparison.holm(out));
    }

    private void numeric(Map<String, NumericAccumulator> a, Map<String, NumericAccumulator> b, Kind kind,
                         List<QuestionComparison> out) {
        for (String code : union(a.keySet(), b.keySet())) {
            if (a.containsKey(code) && b.containsKey(code) && a.get(code).n() + b.get(code).n() > 0) {
                out.add(tests.ranks(code, kind, a.get(code).values(), b.get(code).values()));
            }
        }
    }

    /** Both scans read the same index and so know the same questions; choices may be chosen in one subset only. */
    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
