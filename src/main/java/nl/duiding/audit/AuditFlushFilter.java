package nl.duiding.audit;

import java.io.IOException;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes the audit rows a request deferred (see {@link AuditWriter}) once all its transactions are over and their
 * connections returned, so writing them never needs a second connection.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class AuditFlushFilter extends OncePerRequestFilter {

    private final AuditWriter writer;

    AuditFlushFilter(AuditWriter writer) {
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<AuditLog.Row> pending = AuditWriter.collect(request);
        try {
            chain.doFilter(request, response);
        } finally {
            for (AuditLog.Row row : pending) {
                writer.insert(row);
            }
            pending.clear();
        }
    }
}
