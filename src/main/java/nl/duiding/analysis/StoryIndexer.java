package nl.duiding.analysis;

import java.util.concurrent.Executor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.duiding.story.StoryRevised;
import nl.duiding.story.StorySubmitted;
import nl.duiding.story.StoryRemoved;

/**
 * Drains the outbox into the index. The event publication registry marks a publication complete only
 * after this listener returns, i.e. after the Lucene commit that holds the change; an interrupted one is
 * redelivered, and the id-keyed update makes the redelivery harmless.
 *
 * <p>Each delivery runs on a virtual thread of its own and only waits in the {@link IndexingQueue}, which
 * batches the work: no delivery holds a database connection while it waits (unlike a transactional
 * {@code @ApplicationModuleListener}), so however many wait, the pool stays free for requests.
 */
@Component
class StoryIndexer {

    static final String EXECUTOR = "storyIndexing";

    private final IndexingQueue queue;

    StoryIndexer(IndexingQueue queue) {
        this.queue = queue;
    }

    @Async(EXECUTOR)
    @TransactionalEventListener
    void on(StorySubmitted event) {
        queue.refresh(event.storyId());
    }

    @Async(EXECUTOR)
    @TransactionalEventListener
    void on(StoryRevised event) {
        queue.revise(event.storyId());
    }

    @Async(EXECUTOR)
    @TransactionalEventListener
    void on(StoryRemoved event) {
        queue.remove(event.storyId());
    }

    @Configuration(proxyBeanMethods = false)
    static class Threads {

        /** Deliveries only wait, so a virtual thread each; never a limit that would block the committing request. */
        @Bean(EXECUTOR)
        Executor storyIndexing() {
            SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("story-index-");
            executor.setVirtualThreads(true);
            return executor;
        }
    }
}
