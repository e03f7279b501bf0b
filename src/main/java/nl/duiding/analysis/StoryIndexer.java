package nl.duiding.analysis;

import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.duiding.story.StoryArchive;
import nl.duiding.story.StoryRevised;
import nl.duiding.story.StorySubmitted;
import nl.duiding.story.StoryRemoved;

/**
 * Drains the outbox into the index. The event publication registry marks a publication complete only
 * after this listener returns, i.e. after the Lucene commit; an interrupted one is redelivered at
 * restart, and the id-keyed update makes the redelivery harmless.
 */
@Component
class StoryIndexer {

    private final StoryArchive archive;
    private final StoryIndex index;

    StoryIndexer(StoryArchive archive, StoryIndex index) {
        this.archive = archive;
        this.index = index;
    }

    @ApplicationModuleListener
    void on(StorySubmitted event) {
        index.upsert(archive.analysable(Set.of(event.storyId())));
    }

    @ApplicationModuleListener
    void on(StoryRevised event) {
        index.upsert(archive.analysable(Set.of(event.storyId())));
    }

    @ApplicationModuleListener
    void on(StoryRemoved event) {
        index.delete(event.storyId());
    }
}
