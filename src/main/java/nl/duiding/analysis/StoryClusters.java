package nl.duiding.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;

import nl.duiding.analysis.ClusterReport.StoryCluster;
import nl.duiding.analysis.StoryInsights.StoryHit;

/**
 * Clusters of similar stories with Carrot2's Lingo algorithm and its built-in Dutch stemmer and stop words
 * (ADR 0010). Lingo finds frequent phrases first and groups stories under them, so every cluster has a label
 * a reader understands. Clustering is in memory and grows with the number of stories, hence the cap: the most
 * recent stories of the filter.
 * <p>
 * What a reader should never see as a theme (issue 17): the masking placeholders ("[TELEFOON]") are taken out of
 * the text before clustering, as a phrase break; the verb forms and adverbs Carrot2's Dutch list lacks ("gingen",
 * "gaat", "lang") are extra stop words; labels are in sentence case; and each story sits in one theme only, the
 * best-scoring one that holds it, so themes do not overlap and their sizes add up.
 */
final class StoryClusters {

    static final String LANGUAGE = "Dutch";
    /** Label of the stories Lingo could not place; it is not shown as a theme. */
    static final String OTHER_TOPICS = "Other Topics";
    /** A masking placeholder as it stands in a story ([NAAM], [E-MAIL], ...). */
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\[[A-Z][A-Z-]*\\]");
    /** Frequent Dutch verb forms, adverbs and fillers that Carrot2's Dutch stop words do not hold. */
    static final List<String> EXTRA_STOP_WORDS = List.of("ging", "gingen", "gaat", "gaan", "ga", "gegaan", "kwam",
            "kwamen", "komt", "komen", "gekomen", "kreeg", "kregen", "krijgt", "krijgen", "gekregen", "deed", "deden",
            "doet", "doen", "gedaan", "hadden", "gehad", "waren", "geweest", "werd", "werden", "wordt", "worden",
            "geworden", "kon", "konden", "kunnen", "wilde", "wilden", "willen", "moest", "moesten", "moeten", "zou",
            "zouden", "zei", "zeiden", "zegt", "lang", "langer", "heel", "echt", "erg", "veel", "weer", "nog", "even",
            "gewoon", "eigenlijk", "ineens", "daarna", "steeds", "altijd", "nooit", "keer", "best", "beetje", "soms",
            "vaak", "eerst", "later", "toen", "nu", "al", "ook", "wel", "niet", "geen", "meer", "minder", "zo");

    private final LanguageComponents dutch;

    StoryClusters() {
        try {
            this.dutch = LanguageComponents.loader().limitToLanguages(LANGUAGE).load().language(LANGUAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ClusterReport cluster(IndexSearcher searcher, Query filter, int cap) throws IOException {
        TopDocs top = searcher.search(filter, Math.max(1, cap), new Sort(new SortField(StoryFields.SUBMITTED, SortField.Type.LONG, true)));
        long total = top.totalHits.value();
        List<Story> stories = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Document doc = stored.document(sd.doc);
            stories.add(new Story(StoryQueries.hit(doc, Snippets.plain(doc.get(StoryFields.BODY))),
                    doc.get(StoryFields.TITLE), doc.get(StoryFields.BODY)));
        }
        if (stories.size() < 2) {
            return new ClusterReport(total, stories.size(), cap, List.of());
        }
        LingoClusteringAlgorithm lingo = new LingoClusteringAlgorithm();
        lingo.desiredClusterCount.set(Math.min(20, Math.max(3, stories.size() / 8)));
        org.carrot2.language.DefaultDictionaryImpl extra = new org.carrot2.language.DefaultDictionaryImpl();
        extra.exact.set(EXTRA_STOP_WORDS.toArray(String[]::new));
        lingo.dictionaries.wordFilters.set(List.of(extra));
        List<Cluster<Story>> found = new ArrayList<>(lingo.cluster(stories.stream(), dutch));
        found.sort(Comparator.comparingDouble((Cluster<Story> c) -> c.getScore() == null ? 0 : c.getScore()).reversed());
        List<StoryCluster> clusters = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (Cluster<Story> c : found) {
            String label = String.join(", ", c.getLabels());
            if (label.equals(OTHER_TOPICS) || c.getDocuments().isEmpty()) {
                continue;
            }
            List<StoryHit> own = c.getDocuments().stream().map(Story::hit).filter(h -> !placed.contains(h.id())).toList();
            if (own.size() < 2) {
                continue;
            }
            own.forEach(h -> placed.add(h.id()));
            clusters.add(new StoryCluster(sentenceCase(label), own));
        }
        clusters.sort(Comparator.comparingInt(StoryCluster::size).reversed().thenComparing(StoryCluster::label));
        return new ClusterReport(total, stories.size(), cap, clusters);
    }

    /** "Zwemles In Het Zwembad" as "Zwemles in het zwembad"; words in capitals (WMO, GGD) stay as they are. */
    static String sentenceCase(String label) {
        String[] words = label.split(" ", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && w.chars().anyMatch(Character::isLetter);
            String word = acronym ? w : w.toLowerCase(java.util.Locale.ROOT);
            if (i == 0 && !word.isEmpty()) {
                word = word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
            }
            out.append(i == 0 ? "" : " ").append(word);
        }
        return out.toString();
    }

    /** The text Carrot2 reads: placeholders become a sentence break, so no label holds or spans one. */
    static String withoutPlaceholders(String text) {
        return text == null ? "" : PLACEHOLDER.matcher(text).replaceAll(". ");
    }

    /** A story as Carrot2 reads it: title and body. */
    private record Story(StoryHit hit, String title, String body) implements org.carrot2.clustering.Document {
        @Override
        public void visitFields(BiConsumer<String, String> fieldConsumer) {
            fieldConsumer.accept("title", withoutPlaceholders(title));
            fieldConsumer.accept("content", withoutPlaceholders(body));
        }
    }
}
