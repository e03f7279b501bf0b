package nl.duiding.analysis;

import java.util.List;

import nl.duiding.analysis.StoryInsights.StoryHit;
import nl.duiding.analysis.StoryInsights.TriadPoint;

/**
 * What the story explorer selected in one triad: every answer of the filter's stories (split in inside and
 * outside the area, for the chart), how many stories lie inside, and the newest of them.
 */
public record TriadSelection(List<TriadPoint> inside, List<TriadPoint> outside, List<StoryHit> stories) {

    public int total() {
        return inside.size() + outside.size();
    }

    public int selected() {
        return inside.size();
    }
}
