package nl.duiding.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Dutch text analysis: the index analyser (Lucene's {@link DutchAnalyzer}: stop words, Snowball stemming) and
 * the query analyser, which is the same chain followed by the domain synonym list {@code synonyms-nl.txt}
 * (Lucene's {@link SynonymGraphFilter}, so multi-word synonyms form a proper token graph). Synonyms are applied
 * at query time only: a changed list needs no rebuild of the index.
 */
final class DutchAnalysis {

    static final String SYNONYMS = "synonyms-nl.txt";

    private final Analyzer index = new DutchAnalyzer();
    private final Analyzer query;

    DutchAnalysis() {
        SynonymMap synonyms = load(index);
        this.query = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return index;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                return new TokenStreamComponents(components.getSource(),
                        new SynonymGraphFilter(components.getTokenStream(), synonyms, true));
            }
        };
    }

    Analyzer index() {
        return index;
    }

    Analyzer query() {
        return query;
    }

    /**
     * Reads the list with the index chain, so entries are stemmed like the text they must match. Stop words
     * inside an entry ("hulp bij het huishouden") leave position gaps the synonym parser refuses; the entry is
     * read without them, and the synonym filter matches the same words in search text across those gaps.
     */
    private static SynonymMap load(Analyzer dutch) {
        Analyzer withoutGaps = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return dutch;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                return new TokenStreamComponents(components.getSource(), new ClosedGaps(components.getTokenStream()));
            }
        };
        try (InputStream in = DutchAnalysis.class.getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException(SYNONYMS + " is missing from the classpath");
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, true, withoutGaps);
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                parser.parse(reader);
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(SYNONYMS + " has a rule that cannot be read: " + e.getMessage(), e);
        }
    }

    /** Sets every position increment above one to one: the stop words of a synonym entry leave no gap. */
    private static final class ClosedGaps extends TokenFilter {
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        ClosedGaps(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (increment.getPositionIncrement() > 1) {
                increment.setPositionIncrement(1);
            }
            return true;
        }
    }
}
