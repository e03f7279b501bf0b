package nl.duiding.story;

import java.util.UUID;

/** A story is gone from the database (withdrawn by its teller, or past its retention); projections forget it too. */
public record StoryRemoved(UUID storyId, Reason reason) {

    public enum Reason { WITHDRAWN, RETENTION }
}
