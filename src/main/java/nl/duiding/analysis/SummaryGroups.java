package nl.duiding.analysis;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import nl.duiding.platform.Period;

/**
 * How {@link StorySummaries} puts a document in its group (by period, or by a facet dimension's ordinal) and adds
 * its signifiers to that group's running sums.
 */
final class SummaryGroups {


    private SummaryGroups() {
    }

    /** Finds a document's group: by its submission period, or by a facet dimension's ordinal. */
    @FunctionalInterface
    interface Grouper {
        Accumulator group(int doc) throws IOException;
    }

    static Grouper grouper(SummaryRequest request, LeafReader reader, Map<String, Accumulator> groups,
                                   Map<Integer, Accumulator> periods) throws IOException {
        return switch (request.grouping()) {
            case MONTH, QUARTER -> periodGrouper(request, reader, groups, periods);
            case DISTRICT -> ordinalGrouper(StoryFields.DISTRICT, "", reader, groups);
            case PROVIDER -> ordinalGrouper(StoryFields.PROVIDER, StoryFields.NO_PROVIDER, reader, groups);
        };
    }

    private static Grouper periodGrouper(SummaryRequest request, LeafReader reader, Map<String, Accumulator> groups,
                                         Map<Integer, Accumulator> periods) throws IOException {
        boolean quarter = request.grouping() == SummaryRequest.Grouping.QUARTER;
        NumericDocValues submitted = DocValues.getNumeric(reader, StoryFields.SUBMITTED);
        if (request.from() != null && request.to() != null) {
            return windowGrouper(quarter, request, submitted, groups);
        }
        return doc -> {
            if (!submitted.advanceExact(doc)) {
                return null;
            }
            LocalDate day = Period.dayOf(java.time.Instant.ofEpochMilli(submitted.longValue()));
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
     * Within a known window the period starts are computed once; a document's period is then a binary search
     * over a dozen longs instead of a date calculation.
     */
    private static Grouper windowGrouper(boolean quarter, SummaryRequest request, NumericDocValues submitted,
                                         Map<String, Accumulator> groups) {
        List<Long> starts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        LocalDate first = Period.dayOf(request.from()).withDayOfMonth(1);
        LocalDate period = quarter ? first.withMonth((first.getMonthValue() - 1) / 3 * 3 + 1) : first;
        while (Period.startOf(period).isBefore(request.to())) {
            starts.add(Period.startOf(period).toEpochMilli());
            keys.add(quarter ? String.format("%04d-Q%d", period.getYear(), (period.getMonthValue() - 1) / 3 + 1)
                    : String.format("%04d-%02d", period.getYear(), period.getMonthValue()));
            period = period.plusMonths(quarter ? 3 : 1);
        }
        long[] bounds = starts.stream().mapToLong(Long::longValue).toArray();
        Accumulator[] slots = new Accumulator[bounds.length];
        return doc -> {
            if (!submitted.advanceExact(doc)) {
                return null;
            }
            int at = java.util.Arrays.binarySearch(bounds, submitted.longValue());
            int slot = at >= 0 ? at : -at - 2;
            if (slot < 0) {
                return null;
            }
            if (slots[slot] == null) {
                slots[slot] = groups.computeIfAbsent(keys.get(slot), Accumulator::new);
            }
            return slots[slot];
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
    static final class Signifiers {
        private final TriadDocValues[] triads;
        private final NumericDocValues[] dyads;

        Signifiers(LeafReader reader, SummaryRequest request) throws IOException {
            triads = new TriadDocValues[request.triadCodes().size()];
            for (int t = 0; t < triads.length; t++) {
                triads[t] = TriadDocValues.of(reader, request.triadCodes().get(t));
            }
            dyads = new NumericDocValues[request.dyadCodes().size()];
            for (int d = 0; d < dyads.length; d++) {
                dyads[d] = DocValues.getNumeric(reader, StoryFields.dyadField(request.dyadCodes().get(d)));
            }
        }

        void addTo(Accumulator group, int doc) throws IOException {
            group.ensure(triads.length, dyads.length);
            group.stories++;
            for (int t = 0; t < triads.length; t++) {
                if (triads[t].advanceExact(doc)) {
                    group.triads[t].add(triads[t].a(), triads[t].b(), triads[t].c());
                }
            }
            for (int d = 0; d < dyads.length; d++) {
                if (dyads[d].advanceExact(doc)) {
                    group.dyadAnswered[d]++;
                    group.dyadSums[d] += StoryFields.answerValue(dyads[d].longValue());
                }
            }
        }
    }

    /** Running counts and sums of one group. */
    static final class Accumulator {
        private final String key;
        long stories;
        /** Per requested triad its count and mean, computed by the one statistics core. */
        private TriadStatistics[] triads;
        private long[] dyadAnswered;
        private double[] dyadSums;

        Accumulator(String key) {
            this.key = key;
        }

        /** Adds another thread's sums for the same group. */
        void add(Accumulator other) {
            stories += other.stories;
            if (other.triads == null) {
                return;
            }
            ensure(other.triads.length, other.dyadAnswered.length);
            for (int i = 0; i < triads.length; i++) {
                triads[i].merge(other.triads[i]);
            }
            for (int i = 0; i < dyadAnswered.length; i++) {
                dyadAnswered[i] += other.dyadAnswered[i];
                dyadSums[i] += other.dyadSums[i];
            }
        }

        void ensure(int triads, int dyads) {
            if (this.triads == null) {
                this.triads = new TriadStatistics[triads];
                for (int t = 0; t < triads; t++) {
                    this.triads[t] = TriadStatistics.meanOnly("");
                }
                dyadAnswered = new long[dyads];
                dyadSums = new double[dyads];
            }
        }

        StorySummary summary(SummaryRequest request) {
            ensure(request.triadCodes().size(), request.dyadCodes().size());
            Map<String, StorySummary.TriadMean> triads = new LinkedHashMap<>();
            for (int t = 0; t < this.triads.length; t++) {
                TriadStatistics statistics = this.triads[t];
                SignifierAggregates.Shares m = statistics.mean();
                triads.put(request.triadCodes().get(t), m == null
                        ? new StorySummary.TriadMean(0, Double.NaN, Double.NaN, Double.NaN)
                        : new StorySummary.TriadMean(statistics.n(), m.a(), m.b(), m.c()));
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
