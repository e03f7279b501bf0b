package nl.duiding.analysis;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

/**
 * Threads for the parts of one dashboard request that can run side by side (ADR 0016): one per core, daemon,
 * named {@code duiding-analysis-N}. On two cores a request over a third of a million stories takes about half the
 * time; under many concurrent requests it adds no capacity, it only spreads one request's work.
 */
@Component
class AnalysisPool {

    private final ExecutorService threads;

    AnalysisPool() {
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), task -> {
            Thread thread = new Thread(task, "duiding-analysis-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    <T> Future<T> submit(Callable<T> part) {
        return threads.submit(part);
    }

    /** The part's result; its IOException or RuntimeException as thrown, so callers handle them as their own. */
    static <T> T join(Future<T> part) throws IOException {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the stories were being counted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
