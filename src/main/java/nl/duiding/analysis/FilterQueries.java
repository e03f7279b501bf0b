package nl.duiding.analysis;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import nl.duiding.platform.Period;

/**
 * A {@link StoryFilter} as Lucene queries: the base every count shares (opgave, the provider page's consent rule,
 * text) and one query per facet dimension the user drilled into, so that dimension can be counted sideways.
 */
final class FilterQueries {

    private FilterQueries() {
    }

    /** The query without the stories held for review: for text that is read (theme labels, examples). */
    static Query textReadable(Query query) {
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(StoryFields.held(), Occur.MUST_NOT).build();
    }

    static Query base(StoryFilter filter, Query textQuery) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
        if (filter.opgaveId() != null) {
            q.add(new TermQuery(new Term(StoryFields.OPGAVE, Long.toString(filter.opgaveId()))), Occur.FILTER);
        }
        if (Boolean.TRUE.equals(filter.sharedWithProvider())) {
            q.add(new TermQuery(new Term(StoryFields.SHARED, "true")), Occur.FILTER);
            // what a provider sees: never a story held for review, not even as a count (a search would reveal it)
            q.add(StoryFields.held(), Occur.MUST_NOT);
        }
        if (textQuery != null) {
            q.add(textQuery, Occur.MUST);
        }
        return q.build();
    }

    /** The facet dimensions the user drilled into, each with the filter it adds. */
    static Map<String, Query> drilled(StoryFilter filter) {
        Map<String, Query> drilled = new LinkedHashMap<>();
        if (filter.providerId() != null) {
            String value = filter.providerId() < 0 ? StoryFields.NO_PROVIDER : filter.providerId().toString();
            drilled.put(StoryFields.PROVIDER, term(StoryFields.PROVIDER, value));
        }
        if (filter.role() != null) {
            drilled.put(StoryFields.ROLE, term(StoryFields.ROLE, filter.role().name()));
        }
        if (filter.districtCode() != null && !filter.districtCode().isBlank()) {
            drilled.put(StoryFields.DISTRICT, term(StoryFields.DISTRICT, filter.districtCode()));
        }
        if (filter.hasPeriod()) {
            drilled.put(StoryFields.MONTH, period(filter.from(), filter.to()));
        }
        if (filter.consent() != null) {
            drilled.put(StoryFields.CONSENT, term(StoryFields.CONSENT, filter.consent().name()));
        }
        Map<String, List<StoryFilter.ChoiceAnswer>> perQuestion = new LinkedHashMap<>();
        filter.choices().forEach(c -> perQuestion.computeIfAbsent(c.questionCode(), k -> new java.util.ArrayList<>()).add(c));
        perQuestion.forEach((code, answers) -> {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            String dim = StoryFields.choiceDim(code);
            answers.forEach(a -> all.add(new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, dim, a.option())), Occur.FILTER));
            drilled.put(dim, all.build());
        });
        return drilled;
    }

    /** Everything the filter asks, as one query. */
    static Query all(StoryFilter filter, Query textQuery) {
        return withDimensions(base(filter, textQuery), drilled(filter));
    }

    static Query withDimensions(Query base, Map<String, Query> drilled) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(base, Occur.MUST);
        drilled.values().forEach(d -> q.add(d, Occur.FILTER));
        return q.build();
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static Query period(YearMonth from, YearMonth to) {
        long lower = from == null ? Long.MIN_VALUE
                : Period.startOf(from).toEpochMilli();
        long upper = to == null ? Long.MAX_VALUE
                : Period.startOf(to.plusMonths(1)).toEpochMilli() - 1;
        return LongPoint.newRangeQuery(StoryFields.SUBMITTED, lower, upper);
    }
}
