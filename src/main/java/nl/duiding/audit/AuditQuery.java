package nl.duiding.audit;

import java.time.LocalDate;

/** Search criteria for the audit log; null or blank means "any". */
public record AuditQuery(String actor, String objectType, String objectId, AuditAction action, LocalDate from,
                         LocalDate to) {
}
