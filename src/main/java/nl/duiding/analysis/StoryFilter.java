package nl.duiding.analysis;

import nl.duiding.story.TellerRole;

/**
 * Which stories a question is about. Null means "no restriction". {@code providerId} -1 selects stories
 * that name no provider; {@code sharedWithProvider} true keeps only stories whose tellers consented to
 * sharing them with the provider.
 */
public record StoryFilter(Long opgaveId, Long providerId, TellerRole role, String text, Boolean sharedWithProvider) {

    public StoryFilter(Long opgaveId, Long providerId, TellerRole role, String text) {
        this(opgaveId, providerId, role, text, null);
    }

    public static StoryFilter opgave(long opgaveId) {
        return new StoryFilter(opgaveId, null, null, null);
    }

    /** What a provider may see of its own stories: only those shared with it. */
    public static StoryFilter sharedWith(long providerId, String text) {
        return new StoryFilter(null, providerId, null, text, true);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
