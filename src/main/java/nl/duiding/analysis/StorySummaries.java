package nl.duiding.analysis;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Service;

/**
 * Grouped signifier summaries (stories, triad and dyad means per period, district or provider), computed in one
 * pass over the matching documents' doc values: memory grows with the number of groups, never with the stories.
 */
@Service
public class StorySummaries {

    private static final long DAY_MILLIS = 86_400_000L;

    private final StoryIndex index;

    StorySummaries(StoryIndex index) {
        this.index = index;
    }

    /** One summary per group that has stories, ordered by key. */
    public List<StorySummary> summarize(SummaryRequest request) {
        return index.withSearcher(searcher -> {
            FacetsCollector matching = searcher.search(query(request), new FacetsCollectorManager());
            Map<String, Accumulator> groups = new TreeMap<>();
            Map<Integer, Accumulator> periods = new HashMap<>();
            for (FacetsCollector.MatchingDocs md : matching.getMatchingDocs()) {
                if (md.bits() == null) {
                    continue;
                }
                LeafReader reader = md.context().reader();
                Grouper grouper = grouper(request, reader, groups, periods);
                Signifiers signifiers = new Signifiers(reader, request);
                DocIdSetIterator docs = md.bits().iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Accumulator group = grouper.group(doc);
                    if (group != null) {
                        signifiers.addTo(group, doc);
                    }
                }
            }
            return groups.values().stream().filter(a -> a.stories > 0).map(a -> a.summary(request)).toList();
        });
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

    /** Finds a document's group: by its submission period, or by a facet dimension's ordinal. */
    @FunctionalInterface
    private interface Grouper {
        Accumulator group(int doc) throws IOException;
    }

    private static Grouper grouper(SummaryRequest request, LeafReader reader, Map<String, Accumulator> groups,
                                   Map<Integer, Accumulator> periods) throws IOException {
        return switch (request.grouping()) {
            case MONTH, QUARTER -> periodGrouper(request.grouping() == SummaryRequest.Grouping.QUARTER, reader, groups, periods);
            case DISTRICT -> ordinalGrouper(StoryFields.DISTRICT, "", reader, groups);
            case PROVIDER -> ordinalGrouper(StoryFields.PROVIDER, StoryFields.NO_PROVIDER, reader, groups);
        };
    }

    private static Grouper periodGrouper(boolean quarter, LeafReader reader, Map<String, Accumulator> groups,
                                         Map<Integer, Accumulator> periods) throws IOException {
        NumericDocValues submitted = DocValues.getNumeric(reader, StoryFields.SUBMITTED);
        return doc -> {
            if (!submitted.advanceExact(doc)) {
                return null;
            }
            LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(submitted.longValue(), DAY_MILLIS));
            int slot = quarter ? day.getYear() * 4 + (day.getMonthValue() - 1) / 3 : day.getYear() * 12 + day.getMonthValue() - 1;
            Accumulator group = periods.get(slot);
            if (group == null) {
                String key = quarter ? String.format("%04d-Q%d", day.getYear(), (day.getMonthValue() - 1) / 3 + 1)
                        : String.format("%04d-%02d", day.getYear(), day.getMonthValue());
                group = groups.computeIfAbsent(key, Accumulator::new);
                periods.put(slot, group);
            }
            return group;
        };
    }

    /**
     * Maps the segment's ordinals of one facet dimension (a contiguous range, as the labels sort together) to
     * groups once, so each document costs an array lookup.
     */
    private static Grouper ordinalGrouper(String dimension, String missingKey, LeafReader reader,
                                          Map<String, Accumulator> groups) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        String prefix = dimension + FacetsConfig.DELIM_CHAR;
        List<Accumulator> byOrdinal = new ArrayList<>();
        long first = -1;
        TermsEnum terms = values.termsEnum();
        if (terms.seekCeil(new BytesRef(prefix)) != TermsEnum.SeekStatus.END) {
            first = terms.ord();
            for (BytesRef term = terms.term(); term != null && term.utf8ToString().startsWith(prefix); term = terms.next()) {
                byOrdinal.add(groups.computeIfAbsent(term.utf8ToString().substring(prefix.length()), Accumulator::new));
            }
        }
        long firstOrdinal = first;
        return doc -> {
            if (firstOrdinal >= 0 && values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    long ord = values.nextOrd() - firstOrdinal;
                    if (ord >= 0 && ord < byOrdinal.size()) {
                        return byOrdinal.get((int) ord);
                    }
                }
            }
            return groups.computeIfAbsent(missingKey, Accumulator::new);
        };
    }

    /** The doc values of the requested triad and dyad questions in one segment. */
    private static final class Signifiers {
        private final NumericDocValues[] triads;
        private final NumericDocValues[] dyads;

        Signifiers(LeafReader reader, SummaryRequest request) throws IOException {
            triads = new NumericDocValues[request.triadCodes().size() * 3];
            for (int t = 0; t < request.triadCodes().size(); t++) {
                for (int corner = 0; corner < 3; corner++) {
                    triads[t * 3 + corner] = DocValues.getNumeric(reader,
                            StoryFields.triadField(request.triadCodes().get(t), (char) ('a' + corner)));
                }
            }
            dyads = new NumericDocValues[request.dyadCodes().size()];
            for (int d = 0; d < dyads.length; d++) {
                dyads[d] = DocValues.getNumeric(reader, StoryFields.dyadField(request.dyadCodes().get(d)));
            }
        }

        void addTo(Accumulator group, int doc) throws IOException {
            group.ensure(triads.length / 3, dyads.length);
            group.stories++;
            for (int t = 0; t < triads.length / 3; t++) {
                if (triads[t * 3].advanceExact(doc) && triads[t * 3 + 1].advanceExact(doc) && triads[t * 3 + 2].advanceExact(doc)) {
                    group.triadAnswered[t]++;
                    for (int corner = 0; corner < 3; corner++) {
                        group.triadSums[t * 3 + corner] += Float.intBitsToFloat((int) triads[t * 3 + corner].longValue());
                    }
                }
            }
            for (int d = 0; d < dyads.length; d++) {
                if (dyads[d].advanceExact(doc)) {
                    group.dyadAnswered[d]++;
                    group.dyadSums[d] += Float.intBitsToFloat((int) dyads[d].longValue());
                }
            }
        }
    }

    /** Running counts and sums of one group. */
    private static final class Accumulator {
        private final String key;
        private long stories;
        private long[] triadAnswered;
        private double[] triadSums;
        private long[] dyadAnswered;
        private double[] dyadSums;

        Accumulator(String key) {
            this.key = key;
        }

        void ensure(int triads, int dyads) {
            if (triadAnswered == null) {
                triadAnswered = new long[triads];
                triadSums = new double[triads * 3];
                dyadAnswered = new long[dyads];
                dyadSums = new double[dyads];
            }
        }

        StorySummary summary(SummaryRequest request) {
            ensure(request.triadCodes().size(), request.dyadCodes().size());
            Map<String, StorySummary.TriadMean> triads = new LinkedHashMap<>();
            for (int t = 0; t < triadAnswered.length; t++) {
                long n = triadAnswered[t];
                triads.put(request.triadCodes().get(t), new StorySummary.TriadMean(n, mean(triadSums[t * 3], n),
                        mean(triadSums[t * 3 + 1], n), mean(triadSums[t * 3 + 2], n)));
            }
            Map<String, StorySummary.DyadMean> dyads = new LinkedHashMap<>();
            for (int d = 0; d < dyadAnswered.length; d++) {
                dyads.put(request.dyadCodes().get(d), new StorySummary.DyadMean(dyadAnswered[d], mean(dyadSums[d], dyadAnswered[d])));
            }
            return new StorySummary(key, stories, triads, dyads);
        }

        private static double mean(double sum, long n) {
            return n == 0 ? Double.NaN : sum / n;
        }
    }
}
