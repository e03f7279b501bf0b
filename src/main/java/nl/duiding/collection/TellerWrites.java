package nl.duiding.collection;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds how many anonymous writes (stories, withdrawals) use a database connection at once, so a flood of
 * tellers leaves connections for staff pages and for indexing. A teller who finds no place within
 * {@code duiding.teller.write-wait} gets a quick, friendly 503 with her text kept, never a half-minute hang.
 */
@Component
class TellerWrites {

    /** Thrown when no place became free in time; nothing was done. */
    static final class Busy extends RuntimeException {
        Busy() {
            super(null, null, false, false);
        }
    }

    private final Semaphore places;
    private final Duration wait;

    /** {@code concurrent} 0 means a third of the pool, rounded up (4 of the default 10). */
    TellerWrites(@Value("${duiding.teller.concurrent-writes:0}") int concurrent,
                 @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
                 @Value("${duiding.teller.write-wait:10s}") Duration wait) {
        this.places = new Semaphore(concurrent > 0 ? concurrent : Math.max(1, (poolSize + 2) / 3), true);
        this.wait = wait;
    }

    <T> T run(Supplier<T> write) {
        boolean acquired;
        try {
            acquired = places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        if (!acquired) {
            throw new Busy();
        }
        try {
            return write.get();
        } finally {
            places.release();
        }
    }
}
