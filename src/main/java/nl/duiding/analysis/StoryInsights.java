package nl.duiding.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A filtered set of stories: how many, the triad points asked for, and a page of them. Facet counts are
 * {@link StoryQueries#facets}'s, so they are counted in one place.
 */
public record StoryInsights(long total, Map<String, List<TriadPoint>> triads, List<StoryHit> stories) {

    /** One teller's triad answer; shares of the three corners. */
    public record TriadPoint(double a, double b, double c) {
    }

    /** A story in a result list, with a snippet in which search matches are marked. */
    public record StoryHit(String id, String title, List<Fragment> snippet, String role, String provider,
                           Instant submittedAt) {
    }

    /** A piece of snippet text; {@code match} when it matched the search. Rendered escaped, always. */
    public record Fragment(String text, boolean match) {
    }
}
