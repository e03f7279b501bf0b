package nl.duiding.audit;

import java.time.Instant;

/** One line of the audit log, as the admin page shows it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorRole, String onBehalfOf,
                         AuditAction action, String objectType, String objectId, AuditResult result,
                         String clientAddress, String details) {
}
