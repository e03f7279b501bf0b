package nl.duiding.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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

    StoryIndex(@Value("${duiding.index.directory}") Path location) throws IOException {
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

    /** Adds or replaces these stories and commits. */
    void upsert(Collection<StoryRecord> stories) {
        writeLock.lock();
        try {
            for (StoryRecord story : stories) {
                writer.updateDocument(new Term(StoryFields.ID, story.id().toString()), build(story));
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Removes a story and commits; removing an absent story changes nothing. */
    void delete(java.util.UUID storyId) {
        writeLock.lock();
        try {
            writer.deleteDocuments(new Term(StoryFields.ID, storyId.toString()));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Replaces the whole index with what the source streams; readers see the old index until the commit. */
    long rebuild(Consumer<Consumer<StoryRecord>> source) {
        writeLock.lock();
        try {
            writer.deleteAll();
            long[] count = {0};
            source.accept(story -> {
                try {
                    writer.addDocument(build(story));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            commit();
            return count[0];
        } catch (IOException | RuntimeException e) {
            rollbackQuietly();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        } finally {
            writeLock.unlock();
        }
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
            searchers.maybeRefreshBlocking();
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
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
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
