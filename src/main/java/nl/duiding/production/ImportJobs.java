package nl.duiding.production;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs uploaded imports in the background, one at a time (two big imports at once would only slow each other),
 * and keeps their progress for the status page. Progress lives in memory; the import itself is in the database.
 */
@Component
class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final int KEEP = 200;

    private final Imports imports;
    private final Reasons reasons;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "production-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(Imports imports, Reasons reasons) {
        this.imports = imports;
        this.reasons = reasons;
    }

    /** Takes ownership of the file: it is deleted when the import ends. */
    String start(Path file, String sourceName, ImportFormat format, String importedBy) {
        forgetOldJobs();
        Job job = new Job(UUID.randomUUID().toString(), Bsn.mask(sourceName));
        jobs.put(job.id, job);
        executor.submit(() -> run(job, file, format, importedBy));
        return job.id;
    }

    Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(Job job, Path file, ImportFormat format, String importedBy) {
        try {
            ImportSummary summary = imports.importFile(file, job.sourceName, format, importedBy, p -> job.progress = p);
            job.importId = summary.id();
            job.alreadyImported = summary.alreadyImported();
        } catch (ImportFailedException e) {
            job.problems = e.problems();
        } catch (RuntimeException e) {
            // the message is masked: a driver or parser message may quote a value from the file
            log.error("Production import of {} failed: {}", job.sourceName, Bsn.mask(String.valueOf(e)));
            job.problems = List.of(reasons.text("failed"));
        } finally {
            job.done = true;
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the uploaded file of import {}", job.sourceName);
            }
        }
    }

    private void forgetOldJobs() {
        if (jobs.size() > KEEP) {
            jobs.values().removeIf(job -> job.done);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** One upload's import as the status page sees it. */
    static final class Job {
        final String id;
        final String sourceName;
        volatile ImportProgress progress = new ImportProgress(0, 0, 0);
        volatile boolean done;
        volatile Long importId;
        volatile boolean alreadyImported;
        volatile List<String> problems = List.of();

        Job(String id, String sourceName) {
            this.id = id;
            this.sourceName = sourceName;
        }
    }
}
