package nl.duiding.dialogue;

import java.util.Locale;
import java.util.Map;

/**
 * One kind of material that can be pinned into a dialogue (a triad chart, a story, cold figures; comparisons and
 * themes later). A kind is a Spring bean: it reads its own form fields, checks that the actor may see what they
 * ask for, and freezes it. Adding a kind needs a bean, a snapshot record, a template fragment named after
 * {@link #code()} in {@code dialogue/material.html} and a form in {@code dialogue/pin.html}; no new endpoint.
 */
interface MaterialKind {

    /** Stored in {@code dialogue_material.kind}; also the name of the template fragments. */
    String code();

    /** The record the snapshot is stored as (jsonb) and read back into. */
    Class<?> snapshotType();

    /**
     * Freezes what the fields describe.
     *
     * @throws MaterialRefusedException when the material does not exist, is not in the dialogue's scope, lacks
     *                                  consent, or is about a provider the actor does not speak for
     */
    Frozen freeze(Dialogue dialogue, Map<String, String> fields, Actor actor, Locale locale);

    /**
     * A frozen snapshot: what it is about ({@code providerId} null: the opgave as a whole), its data, the SVG
     * drawn from that data (or null) and the link to the live view of the same material.
     */
    record Frozen(String title, Long providerId, java.util.UUID storyId, Boolean quoteConsent, Object snapshot,
                  String svg, String liveLink) {
    }
}
