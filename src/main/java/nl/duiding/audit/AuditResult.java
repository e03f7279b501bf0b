package nl.duiding.audit;

public enum AuditResult {
    OK, DENIED, FAILED
}
