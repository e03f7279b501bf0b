package nl.duiding.story;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.Frameworks;
import nl.duiding.opgave.OpgaveCatalog;

/**
 * The module's write API: validates a told story on the server and stores it with its answers in one
 * transaction, together with the {@link StorySubmitted} event in the outbox.
 */
@Service
public class StoryIntake {

    private final StoryStore store;
    private final Frameworks frameworks;
    private final OpgaveCatalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StoryIntake(StoryStore store, Frameworks frameworks, OpgaveCatalog catalog, ApplicationEventPublisher events) {
        this.store = store;
        this.frameworks = frameworks;
        this.catalog = catalog;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /**
     * Stores the story once per idempotency key.
     *
     * @throws StoryRejectedException with field errors when a rule is broken; nothing is stored then
     */
    @Transactional
    public SubmissionResult submit(SubmitStory story) {
        SubmitStory stamped = story.submittedAt() != null ? story : withTime(story, clock.instant());
        check(stamped);
        String receipt = ReceiptCodes.newCode();
        UUID id = UUID.randomUUID();
        if (!store.insert(id, stamped, ReceiptCodes.hash(receipt))) {
            return new SubmissionResult(store.idFor(stamped.idempotencyKey()), java.util.Optional.empty());
        }
        if (stamped.consentAnalysis()) {
            events.publishEvent(new StorySubmitted(id, stamped.opgaveId()));
        }
        return new SubmissionResult(id, java.util.Optional.of(receipt));
    }

    /**
     * Stores many validated stories at once without one event each (bulk loads such as the demo);
     * the caller asks the index for a rebuild afterwards.
     */
    @Transactional
    public int submitInBulk(Iterable<SubmitStory> stories) {
        int stored = 0;
        for (SubmitStory story : stories) {
            check(story);
            if (store.insert(UUID.randomUUID(), story, ReceiptCodes.hash(ReceiptCodes.newCode()))) {
                stored++;
            }
        }
        return stored;
    }

    private void check(SubmitStory story) {
        FrameworkDefinition framework = frameworks.definition(story.frameworkId())
                .orElseThrow(() -> new StoryRejectedException(Map.of("answers", "story.error.question.unknown")));
        Map<String, String> errors = StoryValidator.validate(story, framework,
                id -> catalog.provider(id).isPresent(), code -> catalog.district(code).isPresent());
        if (!errors.isEmpty()) {
            throw new StoryRejectedException(errors);
        }
    }

    private static SubmitStory withTime(SubmitStory s, Instant at) {
        return new SubmitStory(s.collectionId(), s.opgaveId(), s.frameworkId(), s.providerId(), s.districtCode(),
                s.role(), s.title(), s.body(), s.language(), s.consentAnalysis(), s.consentQuote(), s.consentShare(),
                s.answers(), s.idempotencyKey(), at, s.providerIds(), s.prompt());
    }
}
