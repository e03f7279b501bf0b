package nl.duiding.production;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
 * Runs uploaded imports in the background, one at a time (two big imports at once would only slow each other).
 * Progress of a running job lives in memory; how each job ended (the import, or why the file was refused) is
 * recorded in production_job, so a refusal can still be read after the job left memory or the application restarted.
 */
@Component
class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final Imports imports;
    private final Reasons reasons;
    private final JobLog jobLog;
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "production-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(Imports imports, Reasons reasons, JobLog jobLog) {
        this.imports = imports;
        this.reasons = reasons;
        this.jobLog = jobLog;
    }

    /** Takes ownership of the file: it is deleted when the import ends. */
    String start(Path file, String sourceName, ImportFormat format, String importedBy) {
        Running job = new Running(UUID.randomUUID().toString(), Bsn.mask(sourceName), importedBy, Instant.now());
        jobLog.started(job.id, job.sourceName, importedBy, job.startedAt);
        running.put(job.id, job);
        executor.submit(() -> run(job, file, format));
        return job.id;
    }

    Optional<ImportJob> find(String id) {
        Running job = running.get(id);
        return job != null ? Optional.of(job.snapshot()) : jobLog.find(id, reasons.text("interrupted"));
    }

    private void run(Running job, Path file, ImportFormat format) {
        try {
            ImportSummary summary = imports.importFile(file, job.sourceName, format, job.startedBy, p -> job.progress = p);
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
            finish(job);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the uploaded file of import {}", job.sourceName);
            }
        }
    }

    /** Records the outcome, then forgets the job in memory; the page reads it from the table from then on. */
    private void finish(Running job) {
        try {
            jobLog.finished(job.snapshot());
            running.remove(job.id);
        } catch (RuntimeException e) {
            // the outcome stays readable in memory until a restart
            log.error("Could not record the outcome of import job {}: {}", job.id, Bsn.mask(String.valueOf(e)));
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** A job while it runs, written by the import thread and read by the status page. */
    private static final class Running {
        final String id;
        final String sourceName;
        final String startedBy;
        final Instant startedAt;
        volatile ImportProgress progress = ImportProgress.NONE;
        volatile boolean done;
        volatile Long importId;
        volatile boolean alreadyImported;
        volatile List<String> problems = List.of();

        Running(String id, String sourceName, String startedBy, Instant startedAt) {
            this.id = id;
            this.sourceName = sourceName;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        ImportJob snapshot() {
            return new ImportJob(id, sourceName, startedBy, startedAt, progress, done, importId, alreadyImported, problems);
        }
    }
}
