package nl.duiding.dialogue;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.ProviderView;
import nl.duiding.story.StoryDetail;
import nl.duiding.story.StoryRedactions;
import nl.duiding.story.TextPart;

/**
 * One story, masked as everywhere else, that its teller consented to share with the provider. A provider user may
 * pin only stories about their own provider; every attempt is audited, refusals too.
 */
@Component
class StoryKind implements MaterialKind {

    static final String CODE = "STORY";

    /** The frozen story: masked texts only, the month it was told (not the day), who told it and about whom. */
    record Snapshot(String title, String body, String role, String providerName, String districtCode, String month,
                    boolean quoteConsent) {
    }

    private final StoryRedactions stories;
    private final OpgaveCatalog catalog;
    private final AuditLog audit;

    StoryKind(StoryRedactions stories, OpgaveCatalog catalog, AuditLog audit) {
        this.stories = stories;
        this.catalog = catalog;
        this.audit = audit;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Class<?> snapshotType() {
        return Snapshot.class;
    }

    @Override
    public Frozen freeze(Dialogue dialogue, Map<String, String> fields, Actor actor, Locale locale) {
        UUID id = parse(MaterialFields.text(fields, "story"));
        StoryDetail story = stories.detail(id).orElseThrow(() -> MaterialRefusedException.invalid("dialogue.material.noStory"));
        if (actor.isProvider() && !actor.speaksFor(story.providerId())) {
            audit.record(AuditAction.READ, "DIALOGUE_STORY", id, AuditResult.DENIED, "dialogue=" + dialogue.id() + " not the user's provider");
            throw MaterialRefusedException.forbidden();
        }
        if (story.opgaveId() != dialogue.opgaveId() || !dialogue.covers(story.providerId())) {
            throw MaterialRefusedException.invalid("dialogue.material.outOfScope");
        }
        if (!story.consentShare() || story.providerId() == null) {
            throw MaterialRefusedException.invalid("dialogue.material.noConsent");
        }
        if (story.heldForReview()) {
            throw MaterialRefusedException.invalid("dialogue.material.heldForReview");
        }
        audit.record(AuditAction.READ, "DIALOGUE_STORY", id, AuditResult.OK, "pinned in dialogue=" + dialogue.id());
        String providerName = catalog.provider(story.providerId()).map(ProviderView::name).orElse("");
        String title = text(story.title());
        Snapshot snapshot = new Snapshot(title, text(story.body()), story.role().name(), providerName, story.districtCode(),
                nl.duiding.platform.Period.monthOf(story.submittedAt()).toString(), story.consentQuote());
        return new Frozen(title, story.providerId(), id, story.consentQuote(), snapshot, null, "/dashboard/verhaal/" + id);
    }

    private static String text(java.util.List<TextPart> parts) {
        return parts.stream().map(TextPart::text).collect(Collectors.joining());
    }

    private static UUID parse(String value) {
        try {
            return UUID.fromString(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw MaterialRefusedException.invalid("dialogue.material.noStory");
        }
    }
}
