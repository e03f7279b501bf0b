package nl.duiding.production;

/**
 * How far a running import is: bytes of the file read, lines handled so far, and which step runs. After the file
 * is read the bar stands at 100% while the later steps run; the phase says what is still being done.
 */
public record ImportProgress(long bytesRead, long totalBytes, long lines, Phase phase) {

    /** The steps of an import, in order; the status page names them (messages {@code production.job.phase.*}). */
    public enum Phase { READING, CHECKING, SAVING, SUMMING }

    public ImportProgress(long bytesRead, long totalBytes, long lines) {
        this(bytesRead, totalBytes, lines, Phase.READING);
    }

    public int percent() {
        return totalBytes <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / totalBytes);
    }

    ImportProgress in(Phase next) {
        return new ImportProgress(bytesRead, totalBytes, lines, next);
    }
}
