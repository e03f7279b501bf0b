package nl.duiding.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.FixedBitSet;

import nl.duiding.privacy.PersonalDataKind;

/**
 * Readable words for stemmed index terms ("huishoud" → "huishouden"): the form a term most often has in a
 * few of the subset's stories, found by analysing only those stories' stored text. Also knows the terms the
 * masking placeholders ([NAAM], [BSN], …) become, which are never a theme.
 */
final class SurfaceForms {

    /** Stories read per term to find its usual form. */
    static final int SAMPLE = 8;

    private final Analyzer analyzer;
    private final Set<String> placeholders = new HashSet<>();

    SurfaceForms(Analyzer analyzer) {
        this.analyzer = analyzer;
        for (PersonalDataKind kind : PersonalDataKind.values()) {
            tokens(kind.placeholder(), (term, surface) -> placeholders.add(term));
        }
    }

    boolean isPlaceholder(String term) {
        return placeholders.contains(term);
    }

    Map<String, String> of(IndexSearcher searcher, List<String> terms, FixedBitSet subset) throws IOException {
        Set<Integer> docs = new TreeSet<>();
        for (String term : terms) {
            docs.addAll(sample(searcher, term, subset));
        }
        Set<String> wanted = new HashSet<>(terms);
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        var stored = searcher.storedFields();
        for (int doc : docs) {
            Document document = stored.document(doc);
            for (String field : StoryThemes.TEXT_FIELDS) {
                String text = document.get(field);
                if (text != null) {
                    tokens(text, (term, surface) -> {
                        if (wanted.contains(term)) {
                            forms.computeIfAbsent(term, t -> new HashMap<>()).merge(surface.toLowerCase(Locale.ROOT), 1, Integer::sum);
                        }
                    });
                }
            }
        }
        Map<String, String> best = new HashMap<>();
        forms.forEach((term, counts) -> best.put(term, counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey()));
        return best;
    }

    private static List<Integer> sample(IndexSearcher searcher, String term, FixedBitSet subset) throws IOException {
        List<Integer> found = new java.util.ArrayList<>();
        for (String field : StoryThemes.TEXT_FIELDS) {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                PostingsEnum postings = leaf.reader().postings(new Term(field, term), PostingsEnum.NONE);
                if (postings == null) {
                    continue;
                }
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && found.size() < SAMPLE; doc = postings.nextDoc()) {
                    if (subset.get(leaf.docBase + doc)) {
                        found.add(leaf.docBase + doc);
                    }
                }
            }
        }
        return found;
    }

    private void tokens(String text, java.util.function.BiConsumer<String, String> each) {
        try (TokenStream stream = analyzer.tokenStream(StoryFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                each.accept(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
