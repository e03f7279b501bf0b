package nl.duiding.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import nl.duiding.story.StoryArchive;
import nl.duiding.story.StoryRecord;

/**
 * Batches the outbox's index work (issue 18). Each outbox delivery hands its story here and waits; one indexing
 * thread takes everything that is waiting, reads those stories in one query, applies them in order and commits
 * once, then releases every waiter. Under load a batch holds whatever arrived during the previous round, so the
 * per-story cost of a commit and a reader refresh shrinks as the load grows, and the index work needs at most one
 * database connection however many deliveries wait. A delivery still returns only after its change is committed,
 * so the outbox marks nothing complete that a crash could lose; a failed batch fails every delivery in it, and the
 * outbox retries them.
 */
@Component
class IndexingQueue implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexingQueue.class);

    /** {@code purge}: the story's earlier words must leave the index files (withdrawn, redacted, reviewed). */
    private record Pending(UUID storyId, boolean removal, boolean purge, CompletableFuture<Void> done) {
    }

    private final StoryArchive archive;
    private final StoryIndex index;
    private final int maxBatch;
    private final LinkedBlockingQueue<Pending> pending = new LinkedBlockingQueue<>();
    private volatile Thread worker;
    private volatile boolean running;
    /** Since when deleted documents wait to be purged from the index files; null when none wait. */
    private volatile Instant purgeDue;
    private final Duration purgeWithin;

    IndexingQueue(StoryArchive archive, StoryIndex index, @Value("${duiding.index.max-batch:500}") int maxBatch,
                  @Value("${duiding.index.purge-within:PT1M}") Duration purgeWithin) {
        this.archive = archive;
        this.index = index;
        this.maxBatch = Math.max(1, maxBatch);
        this.purgeWithin = purgeWithin;
    }

    /** Indexes the story as it now is in the archive (or nothing, if it is not analysable); returns once committed. */
    void refresh(UUID storyId) {
        await(enqueue(storyId, false, false));
    }

    /**
     * Indexes the story as it now is, and purges its earlier version from the index files soon after (its text
     * changed: a redaction or a review took words out).
     */
    void revise(UUID storyId) {
        await(enqueue(storyId, false, true));
    }

    /** Removes the story from the index; returns once committed. Its words leave the index files soon after. */
    void remove(UUID storyId) {
        await(enqueue(storyId, true, true));
    }

    private CompletableFuture<Void> enqueue(UUID storyId, boolean removal, boolean purge) {
        // never refused: a delivery made while the worker is not running (before the start, while a context is
        // paused) waits for the next start; if the process ends first, the outbox delivers it again
        Pending item = new Pending(storyId, removal, purge, new CompletableFuture<>());
        pending.add(item);
        return item.done();
    }

    private static void await(CompletableFuture<Void> done) {
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the index", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private void drain() {
        while (running || !pending.isEmpty()) {
            List<Pending> batch = new ArrayList<>();
            try {
                // never interrupted: an interrupt during a Lucene write would close the index writer
                Pending first = pending.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    purgeIfDue(true);
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pending.drainTo(batch, maxBatch - 1);
            try {
                index.write(changes(batch));
                batch.forEach(p -> p.done().complete(null));
                if (purgeDue == null && batch.stream().anyMatch(Pending::purge)) {
                    purgeDue = Instant.now();
                }
                purgeIfDue(false);
            } catch (RuntimeException | Error e) {
                log.warn("Indexing {} change(s) failed; the outbox will deliver them again: {}", batch.size(), e.toString());
                batch.forEach(p -> p.done().completeExceptionally(e));
            }
        }
    }

    /**
     * Purges deleted documents from the index files when the queue is idle (a purge rewrites segments, which
     * should not hold up stories that wait), or regardless once it has waited {@code purgeWithin}.
     */
    private void purgeIfDue(boolean idle) {
        Instant due = purgeDue;
        if (due == null || !(idle || Instant.now().isAfter(due.plus(purgeWithin)))) {
            return;
        }
        purgeDue = null;
        try {
            long started = System.nanoTime();
            if (index.purgeDeleted()) {
                log.debug("Purged deleted stories from the index files in {} ms", (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            log.warn("Purging deleted stories from the index files failed; trying again later: {}", e.toString());
            purgeDue = Instant.now();
        }
    }

    /** The batch as index changes in arrival order, with one archive read for every story to (re)index. */
    private List<StoryIndex.Change> changes(List<Pending> batch) {
        Set<UUID> toRead = batch.stream().filter(p -> !p.removal()).map(Pending::storyId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<UUID, StoryRecord> records = archive.analysable(toRead).stream()
                .collect(Collectors.toMap(StoryRecord::id, Function.identity()));
        List<StoryIndex.Change> changes = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            if (p.removal()) {
                changes.add(new StoryIndex.Remove(p.storyId()));
            } else if (records.containsKey(p.storyId())) {
                changes.add(new StoryIndex.Put(records.get(p.storyId())));
            }
        }
        return changes;
    }

    @Override
    public void start() {
        running = true;
        // words of stories deleted before a crash or stop may still be in the files
        purgeDue = Instant.now();
        worker = Thread.ofPlatform().name("story-indexer").daemon(true).start(this::drain);
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the web server and the outbox's redelivery at start-up, and stops after them. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
