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
 */
final class StoryClusters {

    static final String LANGUAGE = "Dutch";
    /** Label of the stories Lingo could not place; it is not shown as a theme. */
    static final String OTHER_TOPICS = "Other Topics";

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
        List<Cluster<Story>> found = lingo.cluster(stories.stream(), dutch);
        List<StoryCluster> clusters = new ArrayList<>();
        for (Cluster<Story> c : found) {
            String label = String.join(", ", c.getLabels());
            if (label.equals(OTHER_TOPICS) || c.getDocuments().isEmpty()) {
                continue;
            }
            clusters.add(new StoryCluster(label, c.getDocuments().stream().map(Story::hit).toList()));
        }
        clusters.sort(Comparator.comparingInt(StoryCluster::size).reversed().thenComparing(StoryCluster::label));
        return new ClusterReport(total, stories.size(), cap, clusters);
    }

    /** A story as Carrot2 reads it: title and body. */
    private record Story(StoryHit hit, String title, String body) implements org.carrot2.clustering.Document {
        @Override
        public void visitFields(BiConsumer<String, String> fieldConsumer) {
            fieldConsumer.accept("title", title);
            fieldConsumer.accept("content", body);
        }
    }
}
