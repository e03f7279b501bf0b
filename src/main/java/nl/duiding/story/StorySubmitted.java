package nl.duiding.story;

import java.util.UUID;

/** A story was committed to the database. Published through the event publication registry (outbox). */
public record StorySubmitted(UUID storyId, long opgaveId) {
}
