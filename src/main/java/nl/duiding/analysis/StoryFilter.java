package nl.duiding.analysis;

import nl.duiding.story.TellerRole;

/**
 * Which stories a question is about. Null means "no restriction". {@code providerId} -1 selects stories
 * that name no provider.
 */
public record StoryFilter(long opgaveId, Long providerId, TellerRole role, String text) {

    public static StoryFilter opgave(long opgaveId) {
        return new StoryFilter(opgaveId, null, null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
