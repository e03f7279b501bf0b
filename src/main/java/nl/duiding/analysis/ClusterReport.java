package nl.duiding.analysis;

import java.util.List;

import nl.duiding.analysis.StoryInsights.StoryHit;

/**
 * Clusters of similar stories with readable labels. At most {@code cap} stories (the most recent) of the
 * {@code total} the filter selects are clustered; {@code clustered} says how many were.
 */
public record ClusterReport(long total, int clustered, int cap, List<StoryCluster> clusters) {

    /** A group of stories and the phrase that describes it. */
    public record StoryCluster(String label, List<StoryHit> stories) {
        public int size() {
            return stories.size();
        }
    }

    public java.util.Optional<StoryCluster> cluster(String label) {
        return clusters.stream().filter(c -> c.label().equals(label)).findFirst();
    }
}
