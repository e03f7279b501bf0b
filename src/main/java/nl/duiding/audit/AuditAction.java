package nl.duiding.audit;

public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, EXPORT
}
