package nl.duiding.story;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One story as a policy officer reads it: masked texts in parts, and the redactions to review. */
public record StoryDetail(UUID id, long opgaveId, Long providerId, String districtCode, TellerRole role,
                          List<TextPart> title, List<TextPart> body, Instant submittedAt, boolean consentQuote,
                          boolean consentShare, List<Redaction> redactions, boolean originalsKept,
                          boolean heldForReview) {
}
