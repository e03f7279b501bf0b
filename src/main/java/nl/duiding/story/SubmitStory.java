package nl.duiding.story;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The command to store one told story. Nullable: providerId, districtCode, role (rejected when missing). */
public record SubmitStory(long collectionId, long opgaveId, long frameworkId, Long providerId, String districtCode,
                          TellerRole role, String title, String body, String language,
                          boolean consentAnalysis, boolean consentQuote, boolean consentShare,
                          List<Answer> answers, UUID idempotencyKey, Instant submittedAt) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;

    public SubmitStory {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
