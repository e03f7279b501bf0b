package nl.duiding.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;
import nl.duiding.story.StoryArchive;

/**
 * The module's maintenance API: at start-up the index is checked against PostgreSQL (schema version and
 * story count) and rebuilt from it when they differ — including when the index directory was deleted — or
 * always with {@code --duiding.index.rebuild=true}. An administrator can start a full rebuild in the background;
 * searches keep using the previous index until the new one is committed.
 */
@Service
public class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    private final StoryIndex index;
    private final StoryArchive archive;
    private final boolean rebuildAtStart;
    private final boolean reconcileAtStart;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("index-rebuild").daemon().factory());
    private volatile Run current;

    IndexMaintenance(StoryIndex index, StoryArchive archive,
                     @Value("${duiding.index.rebuild:false}") boolean rebuildAtStart,
                     @Value("${duiding.index.reconcile-at-start:true}") boolean reconcileAtStart) {
        this.index = index;
        this.archive = archive;
        this.rebuildAtStart = rebuildAtStart;
        this.reconcileAtStart = reconcileAtStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void reconcile() {
        if (!reconcileAtStart) {
            return; // a command-line import: the index belongs to the server
        }
        String version = index.schemaVersion();
        long indexed = index.count();
        long stored = archive.countAnalysable();
        if (rebuildAtStart) {
            log.info("Full index rebuild asked for at start-up (duiding.index.rebuild=true)");
            rebuild();
        } else if (!StoryFields.SCHEMA_VERSION.equals(version) || indexed != stored) {
            log.info("Story index out of step (schema {} vs {}, {} indexed vs {} stored): rebuilding from PostgreSQL",
                    version, StoryFields.SCHEMA_VERSION, indexed, stored);
            rebuild();
        } else {
            log.info("Story index up to date: {} stories", indexed);
        }
    }

    /** Rebuilds the whole index from PostgreSQL now, on this thread; returns the number of stories indexed. */
    public long rebuild() {
        Run run = begin();
        if (run == null) {
            throw new IllegalStateException("an index rebuild is already running");
        }
        return run.execute();
    }

    /** Starts a full rebuild in the background; false when one is already running. */
    public synchronized boolean startRebuild() {
        Run run = begin();
        if (run == null) {
            return false;
        }
        background.execute(() -> {
            try {
                run.execute();
            } catch (RuntimeException e) {
                // already logged and recorded in the run's status
            }
        });
        return true;
    }

    public RebuildStatus rebuildStatus() {
        Run run = current;
        return run == null ? RebuildStatus.never() : run.status();
    }

    public long indexedCount() {
        return index.count();
    }

    public long storedCount() {
        return archive.countAnalysable();
    }

    private synchronized Run begin() {
        if (current != null && current.running) {
            return null;
        }
        current = new Run(archive.countAnalysable());
        return current;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** One rebuild with its progress; fields are written by the rebuilding thread and read by status pages. */
    private final class Run {
        private final long total;
        private final Instant startedAt = Instant.now();
        private final long startNanos = System.nanoTime();
        private final AtomicLong done = new AtomicLong();
        private volatile boolean running = true;
        private volatile long finishedNanos;
        private volatile String failure;

        Run(long total) {
            this.total = total;
        }

        long execute() {
            try {
                long count = index.rebuild(archive::forEachAnalysable, done);
                log.info("Rebuilt the story index: {} stories in {} ms", count, (System.nanoTime() - startNanos) / 1_000_000);
                return count;
            } catch (RuntimeException e) {
                failure = e.getClass().getSimpleName();
                log.error("Story index rebuild failed; the previous index stays in use", e);
                throw e;
            } finally {
                finishedNanos = System.nanoTime();
                running = false;
            }
        }

        RebuildStatus status() {
            long end = running ? System.nanoTime() : finishedNanos;
            return new RebuildStatus(running, done.get(), total, startedAt, Duration.ofNanos(end - startNanos), failure);
        }
    }
}
