package nl.duiding.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LiveIndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import nl.duiding.story.StoryRecord;

/**
 * The on-disk Lucene index of stories. Every write is keyed by story id (update, never blind add) and
 * committed before it returns, so a story the outbox marks as indexed survives a crash.
 */
@Component
class StoryIndex {

    private static final Logger log = LoggerFactory.getLogger(StoryIndex.class);
    private static final String SCHEMA_KEY = "duiding.schema";

    private final DutchAnalysis analysis = new DutchAnalysis();
    private final Analyzer analyzer = analysis.index();
    private final FacetsConfig facetsConfig = StoryFields.facetsConfig();
    private final FSDirectory directory;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    /** Rebuilds and single updates never interleave: a rebuild would otherwise re-add what an update wrote. */
    private final ReentrantLock writeLock = new ReentrantLock();
    /**
     * Group commit (issue 18): a commit costs an fsync, and one per story held the indexing workers in single file
     * behind it under load. A write now takes the write lock only to hand its change to the writer and draws a
     * sequence number; it then waits for a commit that started after its change. Whoever takes the commit lock
     * first commits every change handed in so far, so the writers queued behind it find their change committed and
     * return at once. A caller still returns only once its change is durable and visible, as before.
     */
    private final ReentrantLock commitLock = new ReentrantLock();
    /** Changes handed to the writer, counted under the write lock after each is in. */
    private final java.util.concurrent.atomic.AtomicLong handedIn = new java.util.concurrent.atomic.AtomicLong();
    private volatile long committed;
    private volatile FacetState facetState;

    private final int rebuildThreads;
    private final double rebuildBufferMb;

    StoryIndex(@Value("${duiding.index.directory}") Path location,
               @Value("${duiding.index.rebuild-threads:0}") int rebuildThreads,
               @Value("${duiding.index.rebuild-buffer-mb:0}") double rebuildBufferMb) throws IOException {
        this.rebuildThreads = rebuildThreads > 0 ? rebuildThreads : Runtime.getRuntime().availableProcessors();
        // a large in-memory buffer means few, large flushed segments and little merging during a rebuild
        this.rebuildBufferMb = rebuildBufferMb > 0 ? rebuildBufferMb
                : Math.max(32, Math.min(256, Runtime.getRuntime().maxMemory() / 6 / (1024 * 1024)));
        Files.createDirectories(location);
        this.directory = FSDirectory.open(location);
        open();
        log.info("Story index at {}", location.toAbsolutePath());
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** The index analyser and the query analyser with the synonym list. */
    DutchAnalysis analysis() {
        return analysis;
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /** One change to the index: a story added or replaced, or a story removed. */
    sealed interface Change permits Put, Remove {
    }

    record Put(StoryRecord story) implements Change {
    }

    record Remove(java.util.UUID storyId) implements Change {
    }

    /** Adds or replaces these stories; returns once they are committed. */
    void upsert(Collection<StoryRecord> stories) {
        write(stories.stream().<Change>map(Put::new).toList());
    }

    /** Removes a story; returns once that is committed. Removing an absent story changes nothing. */
    void delete(java.util.UUID storyId) {
        write(List.of(new Remove(storyId)));
    }

    /**
     * Applies these changes in their order (a later change to the same story wins) and returns once they are
     * committed, all in one commit.
     */
    void write(List<Change> changes) {
        long sequence;
        writeLock.lock();
        try {
            for (Change change : changes) {
                switch (change) {
                    case Put put -> writer.updateDocument(new Term(StoryFields.ID, put.story().id().toString()),
                            build(put.story()));
                    case Remove remove -> writer.deleteDocuments(new Term(StoryFields.ID, remove.storyId().toString()));
                }
            }
            sequence = handedIn.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writeLock.unlock();
        }
        commitThrough(sequence);
    }

    /** Commits unless a commit that covers change {@code sequence} has already been made. */
    private void commitThrough(long sequence) {
        commitLock.lock();
        try {
            if (committed >= sequence) {
                return;
            }
            // every change numbered up to here is in the writer already, so the commit below holds them all
            // (never the write lock here: a rebuild takes the write lock first and then this one)
            long covered = handedIn.get();
            commit();
            committed = covered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            commitLock.unlock();
        }
    }

    /**
     * Rewrites every segment that still holds deleted documents and commits (issue 14). Lucene only marks a
     * removed or replaced story as deleted; its terms and stored text stay in the segment files until a merge
     * rewrites them. After this, a withdrawn or redacted story's words are in no index file of the last commit.
     * Returns whether there was anything to purge.
     */
    boolean purgeDeleted() {
        commitLock.lock();
        try {
            if (!writer.hasDeletions()) {
                return false;
            }
            long covered = handedIn.get();
            writer.forceMergeDeletes(true);
            commit();
            committed = Math.max(committed, covered);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            commitLock.unlock();
        }
    }

    /**
     * Replaces the whole index with what the source streams, on {@code rebuildThreads} worker threads, and commits
     * once at the end. Searches keep seeing the previous commit until then (readers are refreshed only on commit);
     * single updates wait for the write lock and are applied on top of the new index, so a story that arrives
     * during the rebuild is neither lost nor doubled. {@code done} counts the documents added so far.
     */
    long rebuild(Consumer<Consumer<StoryRecord>> source, AtomicLong done) {
        writeLock.lock();
        // held too, so that no group commit of a single update lands a half-built index
        commitLock.lock();
        LiveIndexWriterConfig config = writer.getConfig();
        double buffer = config.getRAMBufferSizeMB();
        boolean compound = config.getUseCompoundFile();
        try {
            config.setRAMBufferSizeMB(rebuildBufferMb);
            config.setUseCompoundFile(false);
            writer.deleteAll();
            long count = new DocumentPipeline(writer, this::build, rebuildThreads, done).run(source);
            commit();
            committed = handedIn.get();
            return count;
        } catch (IOException | RuntimeException e) {
            rollbackQuietly();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        } finally {
            config.setRAMBufferSizeMB(buffer);
            config.setUseCompoundFile(compound);
            commitLock.unlock();
            writeLock.unlock();
        }
    }

    /**
     * The facet state of a reader: it maps each segment's ordinals onto global ones and walks every facet term to
     * do so, which at a million stories costs more than the counting itself, so it is built once per reader (that
     * is, once per commit) instead of once per query. Null while no story has been indexed.
     */
    SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState cached = facetState;
        if (cached != null && cached.reader() == reader) {
            return cached.state();
        }
        if (org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader)
                .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) == null) {
            return null; // no story has been indexed yet: nothing to count
        }
        synchronized (this) {
            cached = facetState;
            if (cached == null || cached.reader() != reader) {
                cached = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, facetsConfig));
                facetState = cached;
            }
        }
        return cached.state();
    }

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    long count() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    /** The schema version recorded at the last commit, or null for an index that never had one. */
    String schemaVersion() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            Map<String, String> data = writer.getLiveCommitData() == null ? Map.of() : toMap(writer.getLiveCommitData());
            return data.get(SCHEMA_KEY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T withSearcher(SearchFunction<T> work) {
        try {
            // no refresh here: readers move on only at a commit, so a rebuild in progress stays invisible
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private Document build(StoryRecord story) throws IOException {
        return facetsConfig.build(StoryFields.toDocument(story));
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, StoryFields.SCHEMA_VERSION).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private void open() throws IOException {
        // a purge rewrites every segment with a deleted document in it, not only those above 10 % deleted
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setForceMergeDeletesPctAllowed(0);
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setMergePolicy(merges);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** Drops the uncommitted work of a failed rebuild and reopens on the last commit. */
    private void rollbackQuietly() {
        log.warn("Index rebuild failed; going back to the previous commit");
        try {
            searchers.close();
            writer.rollback();
            open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
        Map<String, String> map = new java.util.HashMap<>();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
