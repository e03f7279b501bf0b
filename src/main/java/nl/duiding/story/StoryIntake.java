package nl.duiding.story;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.Frameworks;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.privacy.OriginalSealer;
import nl.duiding.privacy.Scrubber;

/**
 * The module's write API: validates a told story on the server and stores it with its answers in one
 * transaction, together with the {@link StorySubmitted} event in the outbox.
 */
@Service
public class StoryIntake {

    private final StoryStore store;
    private final Frameworks frameworks;
    private final OpgaveCatalog catalog;
    private final TextMasking masking;
    private final ApplicationEventPublisher events;
    private final OriginalSealer sealer;
    private final AuditLog audit;
    private final Clock clock;

    StoryIntake(StoryStore store, Frameworks frameworks, OpgaveCatalog catalog, TextMasking masking,
                ApplicationEventPublisher events, OriginalSealer sealer, AuditLog audit) {
        this.store = store;
        this.frameworks = frameworks;
        this.catalog = catalog;
        this.masking = masking;
        this.events = events;
        this.sealer = sealer;
        this.audit = audit;
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
        MaskedTexts texts = MaskedTexts.of(stamped.title(), stamped.body(), stamped.answers(), masking.scrubber(), sealer);
        if (!store.insert(id, stamped, ReceiptCodes.hash(receipt), texts)) {
            return new SubmissionResult(store.idFor(stamped.idempotencyKey()), java.util.Optional.empty());
        }
        if (stamped.consentAnalysis()) {
            events.publishEvent(new StorySubmitted(id, stamped.opgaveId()));
        }
        audit.record(AuditAction.CREATE, "STORY", id, AuditResult.OK, "redactions=" + texts.redactions().size());
        return new SubmissionResult(id, java.util.Optional.of(receipt));
    }

    /**
     * Stores many validated stories at once without one event each (bulk loads such as the demo);
     * the caller asks the index for a rebuild afterwards.
     */
    @Transactional
    public int submitInBulk(Iterable<SubmitStory> stories) {
        int stored = 0;
        Scrubber scrubber = masking.scrubber();
        for (SubmitStory story : stories) {
            check(story);
            MaskedTexts texts = MaskedTexts.of(story.title(), story.body(), story.answers(), scrubber, sealer);
            if (store.insert(UUID.randomUUID(), story, ReceiptCodes.hash(ReceiptCodes.newCode()), texts)) {
                stored++;
            }
        }
        return stored;
    }

    /**
     * Removes the story behind a receipt code from the database; projections follow through
     * {@link StoryRemoved}. Returns false for an unknown code.
     */
    @Transactional
    public boolean withdraw(String receiptCode) {
        if (receiptCode == null || receiptCode.isBlank() || receiptCode.length() > 40) {
            return false;
        }
        boolean withdrawn = store.idForReceipt(ReceiptCodes.hash(receiptCode)).filter(store::delete).map(id -> {
            events.publishEvent(new StoryRemoved(id, StoryRemoved.Reason.WITHDRAWN));
            audit.record(AuditAction.DELETE, "STORY", id, AuditResult.OK, "withdrawn by teller");
            return true;
        }).orElse(false);
        if (!withdrawn) {
            audit.record(AuditAction.DELETE, "STORY", "receipt", AuditResult.DENIED, "unknown receipt code");
        }
        return withdrawn;
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
