package nl.duiding.story;

import java.util.Optional;
import java.util.UUID;

/**
 * The outcome of a submission: a new story with its receipt code, or a repeat of one already stored
 * (same idempotency key), for which no second receipt exists.
 */
public record SubmissionResult(UUID storyId, Optional<String> receiptCode) {

    public boolean duplicate() {
        return receiptCode.isEmpty();
    }
}
