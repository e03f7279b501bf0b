package nl.duiding.story;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The command to store one told story. Nullable: providerId, districtCode, role (rejected when missing).
 * {@code providerIds} are all providers the teller named (the care landscape); providerId is the first.
 * {@code prompt} is the eliciting prompt the teller chose, in Dutch; null when none was offered or chosen.
 */
public record SubmitStory(long collectionId, long opgaveId, long frameworkId, Long providerId, String districtCode,
                          TellerRole role, String title, String body, String language,
                          boolean consentAnalysis, boolean consentQuote, boolean consentShare,
                          List<Answer> answers, UUID idempotencyKey, Instant submittedAt, Set<Long> providerIds,
                          String prompt) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;
    public static final int MAX_PROMPT = 1000;

    public SubmitStory {
        answers = answers == null ? List.of() : List.copyOf(answers);
        Set<Long> all = new LinkedHashSet<>();
        if (providerId != null) {
            all.add(providerId);
        }
        if (providerIds != null) {
            all.addAll(providerIds);
        }
        providerIds = java.util.Collections.unmodifiableSet(all);
    }

    /** A story about at most one provider, as before several could be named. */
    public SubmitStory(long collectionId, long opgaveId, long frameworkId, Long providerId, String districtCode,
                       TellerRole role, String title, String body, String language,
                       boolean consentAnalysis, boolean consentQuote, boolean consentShare,
                       List<Answer> answers, UUID idempotencyKey, Instant submittedAt) {
        this(collectionId, opgaveId, frameworkId, providerId, districtCode, role, title, body, language,
                consentAnalysis, consentQuote, consentShare, answers, idempotencyKey, submittedAt, Set.of(), null);
    }
}
