package nl.duiding.story;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's read API for projections such as the analysis index: only stories consented for analysis. */
@Service
@Transactional(readOnly = true)
public class StoryArchive {

    private final StoryStore store;

    StoryArchive(StoryStore store) {
        this.store = store;
    }

    public long countAnalysable() {
        return store.countIndexable();
    }

    public List<StoryRecord> analysable(Set<UUID> ids) {
        return store.findIndexable(ids);
    }

    /**
     * Which providers analysable stories of the opgave, told in [from, to), name together (the care landscape),
     * heaviest pairs first.
     */
    public List<ProviderPair> providerPairs(long opgaveId, java.time.Instant from, java.time.Instant to) {
        return store.providerPairs(opgaveId, from, to);
    }

    /** Streams every analysable story; memory stays flat however many there are. */
    public void forEachAnalysable(Consumer<StoryRecord> consumer) {
        store.forEachIndexable(consumer);
    }

    /** Streams the analysable stories of one opgave submitted in [from, to), ordered by id (for reports). */
    public void forEachAnalysable(long opgaveId, java.time.Instant from, java.time.Instant to,
                                  Consumer<StoryRecord> consumer) {
        store.forEachIndexable(opgaveId, from, to, consumer);
    }
}
