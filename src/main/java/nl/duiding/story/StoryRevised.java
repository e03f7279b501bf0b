package nl.duiding.story;

import java.util.UUID;

/** A stored story's readable text changed (a redaction was undone); projections refresh it. */
public record StoryRevised(UUID storyId) {
}
