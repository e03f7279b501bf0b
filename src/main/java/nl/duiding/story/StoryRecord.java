package nl.duiding.story;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored story as the analysis index reads it. {@code heldForReview}: its masking is uncertain and no policy
 * officer has reviewed it yet, so its text goes to nobody outside the municipality (issue 14).
 */
public record StoryRecord(UUID id, long opgaveId, long frameworkId, Long providerId, String districtCode,
                          TellerRole role, String title, String body, Instant submittedAt,
                          boolean consentQuote, boolean consentShare, List<Answer> answers, boolean heldForReview) {
}
