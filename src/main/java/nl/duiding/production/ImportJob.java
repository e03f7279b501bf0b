package nl.duiding.production;

import java.time.Instant;
import java.util.List;

/**
 * One upload's import as the page after the upload shows it: the file, how far it is, and how it ended (the
 * import it made, or why the file as a whole was refused, in Dutch).
 */
public record ImportJob(String id, String sourceName, String startedBy, Instant startedAt, ImportProgress progress,
                        boolean done, Long importId, boolean alreadyImported, List<String> problems) {

    public ImportJob {
        problems = List.copyOf(problems);
    }

    /** Ended without an import: the file was refused (problems say why) or the run was cut off. */
    public boolean failed() {
        return done && importId == null;
    }
}
