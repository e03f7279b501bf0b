package nl.duiding.production;

/**
 * How far a running import is: bytes of the file read, lines handled and lines rejected so far, and which step runs.
 * After the file is read the bar stands at 100% while the later steps run; the phase says what is still being done.
 */
public record ImportProgress(long bytesRead, long totalBytes, long lines, long rejected, Phase phase) {

    /** The steps of an import, in order; the status page names them (messages {@code production.job.phase.*}). */
    public enum Phase { READING, CHECKING, SAVING, SUMMING }

    static final ImportProgress NONE = new ImportProgress(0, 0, 0, 0, Phase.READING);

    public ImportProgress(long bytesRead, long totalBytes, long lines, long rejected) {
        this(bytesRead, totalBytes, lines, rejected, Phase.READING);
    }

    public int percent() {
        return totalBytes <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / totalBytes);
    }

    ImportProgress in(Phase next) {
        return new ImportProgress(bytesRead, totalBytes, lines, rejected, next);
    }

    /** After the whole-file checks (duplicates, lines imported before) the rejected count is final. */
    ImportProgress withRejected(long finalRejected) {
        return new ImportProgress(bytesRead, totalBytes, lines, finalRejected, phase);
    }
}
