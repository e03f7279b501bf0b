package nl.duiding.dialogue;

import java.util.UUID;

/** Pinned material as the page shows it: the frozen snapshot (typed by its kind), its SVG, the live link. */
record PinnedMaterial(long id, long dialogueId, String kind, String title, Long providerId, UUID storyId,
                      Boolean quoteConsent, Object snapshot, boolean hasSvg, String liveLink, Attribution by) {

    boolean isStory() {
        return storyId != null;
    }
}
