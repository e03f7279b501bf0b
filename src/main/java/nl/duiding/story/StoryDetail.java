package nl.duiding.story;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One story as a policy officer reads it: masked texts in parts, the redactions to review, and the teller's own
 * answers (written answers masked as stored) with the framework version that asked them.
 */
public record StoryDetail(UUID id, long opgaveId, Long providerId, String districtCode, TellerRole role,
                          List<TextPart> title, List<TextPart> body, Instant submittedAt, boolean consentQuote,
                          boolean consentShare, List<Redaction> redactions, boolean originalsKept,
                          boolean heldForReview, long frameworkId, List<Answer> answers) {

    public StoryDetail {
        answers = List.copyOf(answers);
    }
}
