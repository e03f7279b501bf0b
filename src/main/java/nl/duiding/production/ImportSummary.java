package nl.duiding.production;

import java.time.Instant;

/**
 * One import as recorded: its source, what was accepted and rejected, the accepted amount in eurocents, and
 * whether this call found the same content already imported (then nothing changed). For a toewijzing message (301)
 * the lines are its toewijzingen and the amount their budget; for a declaration answer (325) the lines are the
 * prestaties it rejects and the amount what it awarded ({@link MessageTotals} has the rest).
 */
public record ImportSummary(long id, String sourceName, ImportFormat format, Status status, String importedBy,
                            Instant importedAt, int accepted, int rejected, long amountCents, boolean alreadyImported) {

    public enum Status { IMPORTED, ROLLED_BACK }

    public ImportSummary asAlreadyImported() {
        return new ImportSummary(id, sourceName, format, status, importedBy, importedAt, accepted, rejected, amountCents, true);
    }

    /**
     * Something about the import as a whole the policy officer should know, in Dutch; {@code providerAgb} is set when
     * it is about a sender that is no known provider (the page then offers to add it).
     */
    public record Warning(String text, String providerAgb) {
    }

    /** One rejected line: where it is in the file, its reference number (when it had one) and why, in Dutch. */
    public record Rejection(String location, String reference, String reason) {
    }
}
