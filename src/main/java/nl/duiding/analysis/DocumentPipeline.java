package nl.duiding.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.lucene.index.IndexWriter;

import nl.duiding.story.StoryRecord;

/**
 * Producer/consumer for a full rebuild: the calling thread reads stories from PostgreSQL and hands them on in
 * batches; worker threads turn them into Lucene documents (Dutch analysis is the expensive part) and add them to
 * the writer, which is thread-safe and gives each thread its own in-memory segment. The bounded queue keeps
 * memory flat: a fast reader waits for the workers instead of piling up stories.
 */
final class DocumentPipeline {

    private static final int BATCH = 256;
    private static final List<StoryRecord> END = List.of();

    private final IndexWriter writer;
    private final DocumentBuilder builder;
    private final int workers;
    private final AtomicLong done;
    private final BlockingQueue<List<StoryRecord>> queue;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    @FunctionalInterface
    interface DocumentBuilder {
        org.apache.lucene.document.Document build(StoryRecord story) throws IOException;
    }

    DocumentPipeline(IndexWriter writer, DocumentBuilder builder, int workers, AtomicLong done) {
        this.writer = writer;
        this.builder = builder;
        this.workers = Math.max(1, workers);
        this.done = done;
        this.queue = new ArrayBlockingQueue<>(this.workers * 4);
    }

    /** Runs the source on this thread and indexes what it streams; returns the number of documents added. */
    long run(Consumer<Consumer<StoryRecord>> source) throws IOException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            threads.add(Thread.ofPlatform().name("index-rebuild-" + i).daemon().start(this::work));
        }
        long[] produced = {0};
        try {
            List<StoryRecord>[] batch = new List[] {new ArrayList<StoryRecord>(BATCH)};
            source.accept(story -> {
                batch[0].add(story);
                produced[0]++;
                if (batch[0].size() == BATCH) {
                    put(batch[0]);
                    batch[0] = new ArrayList<>(BATCH);
                }
            });
            if (!batch[0].isEmpty()) {
                put(batch[0]);
            }
        } finally {
            for (int i = 0; i < threads.size(); i++) {
                offerEnd();
            }
            for (Thread t : threads) {
                joinQuietly(t);
            }
        }
        rethrow();
        return produced[0];
    }

    /** Adds every batch it takes until the end marker; after a failure it only drains, so the producer never blocks. */
    private void work() {
        for (List<StoryRecord> batch = take(); batch != END; batch = take()) {
            if (failure.get() != null) {
                continue;
            }
            try {
                for (StoryRecord story : batch) {
                    writer.addDocument(builder.build(story));
                }
                done.addAndGet(batch.size());
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }
    }

    private List<StoryRecord> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
            return END;
        }
    }

    private void put(List<StoryRecord> batch) {
        rethrow();
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("index rebuild interrupted", e);
        }
    }

    private void offerEnd() {
        try {
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        Throwable e = failure.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        if (e != null) {
            throw new IllegalStateException("index rebuild failed", e);
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
