package nl.duiding.story;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.duiding.privacy.OriginalSealer;

/**
 * The module's review API: read one story with its redactions, and let a policy officer confirm a
 * redaction or undo a wrong one (which restores that piece of the sealed original).
 */
@Service
public class StoryRedactions {

    private final RedactionStore redactions;
    private final OriginalSealer sealer;
    private final ApplicationEventPublisher events;
    private final StoryStore stories;

    StoryRedactions(RedactionStore redactions, OriginalSealer sealer, ApplicationEventPublisher events,
                    StoryStore stories) {
        this.redactions = redactions;
        this.stories = stories;
        this.sealer = sealer;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<StoryDetail> detail(UUID id) {
        return redactions.sealed(id).map(s -> {
            List<Redaction> all = redactions.redactions(id);
            return new StoryDetail(id, s.opgaveId(), s.providerId(), s.districtCode(), s.role(),
                    Masking.parts(s.title(), of(all, Redaction.Field.TITLE)), Masking.parts(s.body(), of(all, Redaction.Field.BODY)),
                    s.submittedAt(), s.consentQuote(), s.consentShare(), all, sealer.enabled(),
                    s.heldForReview(), s.frameworkId(), stories.answersOf(id));
        });
    }

    @Transactional
    public void confirm(UUID id, Redaction.Field field, int position, String actor) {
        redactions.decide(id, field, position, Redaction.State.CONFIRMED, actor);
    }

    /**
     * Restores the original text of one redaction. Needs the sealing key; without it originals were
     * never kept and nothing can be restored.
     */
    @Transactional
    public boolean undo(UUID id, Redaction.Field field, int position, String actor) {
        RedactionStore.SealedStory story = redactions.sealed(id).orElse(null);
        if (story == null || !sealer.enabled()) {
            return false;
        }
        byte[] sealed = field == Redaction.Field.TITLE ? story.titleSealed() : story.bodySealed();
        if (sealed == null) {
            return false;
        }
        redactions.decide(id, field, position, Redaction.State.UNDONE, actor);
        List<Redaction> all = redactions.redactions(id);
        String restored = Masking.mask(sealer.open(sealed), of(all, field));
        redactions.updateTexts(id, field == Redaction.Field.TITLE ? restored : story.title(),
                field == Redaction.Field.BODY ? restored : story.body());
        events.publishEvent(new StoryRevised(id));
        return true;
    }

    private static List<Redaction> of(List<Redaction> all, Redaction.Field field) {
        return all.stream().filter(r -> r.field() == field).toList();
    }
}
