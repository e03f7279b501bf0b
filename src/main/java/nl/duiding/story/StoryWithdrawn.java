package nl.duiding.story;

import java.util.UUID;

/** A teller withdrew a story: it is gone from the database; projections must forget it too. */
public record StoryWithdrawn(UUID storyId) {
}
