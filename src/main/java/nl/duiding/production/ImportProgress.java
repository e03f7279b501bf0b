package nl.duiding.production;

/** How far a running import is: bytes of the file read and lines handled so far. */
public record ImportProgress(long bytesRead, long totalBytes, long lines) {

    public int percent() {
        return totalBytes <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / totalBytes);
    }
}
