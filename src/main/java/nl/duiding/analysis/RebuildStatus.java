package nl.duiding.analysis;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the last full index rebuild stands: running (stories done of total, time so far) or finished (how many
 * stories, how long, or why it failed). {@code startedAt} is null when no rebuild ran since start-up.
 */
public record RebuildStatus(boolean running, long done, long total, Instant startedAt, Duration elapsed,
                            String failure) {

    static RebuildStatus never() {
        return new RebuildStatus(false, 0, 0, null, Duration.ZERO, null);
    }

    public boolean everRan() {
        return startedAt != null;
    }

    public boolean failed() {
        return failure != null;
    }

    /** Whole percent done, 0–100. */
    public int percent() {
        return total <= 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }
}
