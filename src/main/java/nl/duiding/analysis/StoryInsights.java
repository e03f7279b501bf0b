package nl.duiding.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the index says about a filtered set of stories. */
public record StoryInsights(long total, Map<String, Long> perProvider, Map<String, Long> perRole,
                            Map<String, List<TriadPoint>> triads, List<StoryHit> stories) {

    /** One teller's triad answer; shares of the three corners. */
    public record TriadPoint(float a, float b, float c) {
    }

    /** A story in a result list, with a snippet in which search matches are marked. */
    public record StoryHit(String id, String title, List<Fragment> snippet, String role, String provider,
                           Instant submittedAt) {
    }

    /** A piece of snippet text; {@code match} when it matched the search. Rendered escaped, always. */
    public record Fragment(String text, boolean match) {
    }
}
