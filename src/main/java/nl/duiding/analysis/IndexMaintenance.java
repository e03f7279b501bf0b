package nl.duiding.analysis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import nl.duiding.story.StoryArchive;

/**
 * The module's maintenance API: at start-up the index is checked against PostgreSQL (schema version and
 * story count) and rebuilt from it when they differ — including when the index directory was deleted.
 */
@Service
public class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    private final StoryIndex index;
    private final StoryArchive archive;

    IndexMaintenance(StoryIndex index, StoryArchive archive) {
        this.index = index;
        this.archive = archive;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void reconcile() {
        String version = index.schemaVersion();
        long indexed = index.count();
        long stored = archive.countAnalysable();
        if (!StoryFields.SCHEMA_VERSION.equals(version) || indexed != stored) {
            log.info("Story index out of step (schema {} vs {}, {} indexed vs {} stored): rebuilding from PostgreSQL",
                    version, StoryFields.SCHEMA_VERSION, indexed, stored);
            rebuild();
        } else {
            log.info("Story index up to date: {} stories", indexed);
        }
    }

    /** Rebuilds the whole index from PostgreSQL; returns the number of stories indexed. */
    public long rebuild() {
        long started = System.nanoTime();
        long count = index.rebuild(archive::forEachAnalysable);
        log.info("Rebuilt the story index: {} stories in {} ms", count, (System.nanoTime() - started) / 1_000_000);
        return count;
    }

    public long indexedCount() {
        return index.count();
    }
}
