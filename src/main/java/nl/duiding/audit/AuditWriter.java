package nl.duiding.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import jakarta.annotation.PreDestroy;

/**
 * Writes audit rows, and keeps those that must outlive the caller's transaction (a refusal in a transaction that
 * rolls back, any event inside a read-only one) until that transaction is over. They are not written from the
 * transaction's own completion callback, because the caller's connection is still held there: during a web
 * request {@link AuditFlushFilter} writes them when the request is done; elsewhere (scheduled jobs) a single
 * background writer does, on a connection of its own while the caller holds none.
 */
@Component
class AuditWriter {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    static final String PENDING = AuditWriter.class.getName() + ".pending";

    private final JdbcTemplate jdbc;
    private final ThreadPoolExecutor background = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(10_000), Thread.ofPlatform().name("audit-writer").daemon().factory(),
            new ThreadPoolExecutor.CallerRunsPolicy());

    AuditWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AuditLog.Row row) {
        jdbc.update("""
                insert into audit_event (actor, actor_role, on_behalf_of, action, object_type, object_id, result,
                                         client_address, details) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                truncate(row.actor(), 100), truncate(row.role(), 30), truncate(row.onBehalfOf(), 200),
                row.action().name(), row.objectType(), truncate(String.valueOf(row.objectId()), 100),
                row.result().name(), row.address(), truncate(row.details(), AuditLog.MAX_DETAILS));
    }

    /** Writes the row after the current transaction: always, or only when it rolled back. */
    void writeWhenDone(AuditLog.Row row, boolean always) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            later(row, null);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (always || status == STATUS_ROLLED_BACK) {
                    later(row, request);
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void later(AuditLog.Row row, RequestAttributes request) {
        if (request != null && request.getAttribute(PENDING, RequestAttributes.SCOPE_REQUEST) instanceof List<?> pending) {
            ((List<AuditLog.Row>) pending).add(row);
        } else {
            background.execute(() -> {
                try {
                    insert(row);
                } catch (RuntimeException e) {
                    log.error("Audit event {} {} could not be written", row.action(), row.objectType(), e);
                }
            });
        }
    }

    /** Called by the filter at the start of a request: rows deferred during it are collected here. */
    static List<AuditLog.Row> collect(jakarta.servlet.ServletRequest request) {
        List<AuditLog.Row> pending = new ArrayList<>();
        request.setAttribute(PENDING, pending);
        return pending;
    }

    @PreDestroy
    void drain() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
