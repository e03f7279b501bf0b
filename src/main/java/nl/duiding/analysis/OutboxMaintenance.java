package nl.duiding.analysis;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox healthy: redelivers events whose indexing failed (for instance while the database was
 * unreachable) without waiting for a restart — index writes are keyed by story id, so a redelivery never
 * duplicates — and forgets completed entries after {@code duiding.retention.completed-events}.
 */
@Component
class OutboxMaintenance {

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final Duration keepCompleted;

    OutboxMaintenance(IncompleteEventPublications incomplete, CompletedEventPublications completed,
                      @Value("${duiding.retention.completed-events:P7D}") Duration keepCompleted) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.keepCompleted = keepCompleted;
    }

    @Scheduled(fixedDelayString = "${duiding.index.retry-interval:PT1M}", initialDelayString = "${duiding.index.retry-interval:PT1M}")
    void retry() {
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(1));
    }

    @Scheduled(cron = "${duiding.retention.cron:0 30 3 * * *}", zone = "UTC")
    void forgetCompleted() {
        completed.deletePublicationsOlderThan(keepCompleted);
    }
}
