package nl.duiding.analysis;

import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Search text through Lucene's simple query syntax (never throws on malformed input), read with the synonym
 * list. The simple parser analyses word by word, so a multi-word synonym ("keukentafel gesprek") would never
 * be seen whole; for plain words the whole text is also read as one graph. A quoted phrase matches as written
 * (stop words leave gaps in the index) or as any of its synonyms.
 */
final class StoryQueryParser extends SimpleQueryParser {

    static final Map<String, Float> FIELDS = Map.of(StoryFields.TITLE, 2.0f, StoryFields.BODY, 1.0f);
    private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{N}]+(\\s+[\\p{L}\\p{N}]+)+");

    private final QueryBuilder exact;

    StoryQueryParser(DutchAnalysis analysis) {
        super(analysis.query(), FIELDS);
        this.exact = new QueryBuilder(analysis.index());
        setDefaultOperator(Occur.MUST);
    }

    @Override
    public Query parse(String text) {
        Query parsed = super.parse(text);
        if (parsed == null || !PLAIN_WORDS.matcher(text.strip()).matches()) {
            return parsed;
        }
        BooleanQuery.Builder whole = new BooleanQuery.Builder().add(parsed, Occur.SHOULD);
        FIELDS.forEach((field, weight) -> add(whole, createBooleanQuery(field, text.strip(), Occur.MUST), weight));
        return whole.build();
    }

    @Override
    protected Query newPhraseQuery(String text, int slop) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Query synonyms = super.newPhraseQuery(text, slop);
        if (synonyms != null) {
            any.add(synonyms, Occur.SHOULD);
        }
        FIELDS.forEach((field, weight) -> add(any, exact.createPhraseQuery(field, text, slop), weight));
        BooleanQuery built = any.build();
        return built.clauses().isEmpty() ? null : built;
    }

    private static void add(BooleanQuery.Builder builder, Query query, float weight) {
        if (query != null) {
            builder.add(weight == 1.0f ? query : new BoostQuery(query, weight), Occur.SHOULD);
        }
    }
}
