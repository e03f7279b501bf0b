package nl.duiding.audit;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The module's API. {@link #record} writes one event in the caller's transaction when there is a writable one
 * (the log is append-only either way), so no request ever needs a second connection while it holds one (issue 18:
 * that deadlocked the pool under load). Refusals and failures must survive the caller's rollback, and a read-only
 * transaction cannot insert: those events are handed to {@link AuditWriter}, which writes them once the
 * caller's transaction is over and its connection is back in the pool. The actor, role and client address are
 * taken from the current request; tellers are logged as "verteller" without any identifying detail. Work that
 * no person started through the web (the nightly retention job, a command-line import) is recorded with
 * {@link #recordBySystem} as {@value #SYSTEM}.
 */
@Service
public class AuditLog {

    static final int MAX_DETAILS = 2000;
    /** The actor of work that no person started through the web: scheduled jobs and command-line runs. */
    public static final String SYSTEM = "systeem";

    private final JdbcTemplate jdbc;
    private final AuditWriter writer;

    AuditLog(JdbcTemplate jdbc, AuditWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    public void record(AuditAction action, String objectType, Object objectId, AuditResult result, String details) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        String actor = signedIn ? auth.getName() : "verteller";
        String role = signedIn ? auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).collect(Collectors.joining(",")) : "TELLER";
        String onBehalfOf = signedIn && auth.getPrincipal() instanceof OnBehalfOf principal ? principal.onBehalfOf() : null;
        write(new Row(actor, role, onBehalfOf, action, objectType, objectId, result, signedIn ? clientAddress() : null,
                details));
    }

    /** Records work that no person started through the web (scheduled jobs, command-line runs). */
    public void recordBySystem(AuditAction action, String objectType, Object objectId, AuditResult result, String details) {
        write(new Row(SYSTEM, "SYSTEM", null, action, objectType, objectId, result, null, details));
    }

    /** One audit row, its actor and address already taken from the request. */
    record Row(String actor, String role, String onBehalfOf, AuditAction action, String objectType, Object objectId,
               AuditResult result, String address, String details) {
    }

    private void write(Row row) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            writer.insert(row); // auto-commit on a connection of its own; the caller holds none
        } else if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            writer.writeWhenDone(row, true);
        } else {
            writer.insert(row);
            if (row.result() != AuditResult.OK) {
                writer.writeWhenDone(row, false);
            }
        }
    }

    /** The newest matching events first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery q, int limit) {
        StringBuilder sql = new StringBuilder("select id, occurred_at, actor, actor_role, on_behalf_of, action, object_type,"
                + " object_id, result, client_address, details from audit_event where true");
        List<Object> args = new ArrayList<>();
        condition(sql, args, "actor = ?", q.actor());
        condition(sql, args, "object_type = ?", q.objectType());
        condition(sql, args, "object_id = ?", q.objectId());
        condition(sql, args, "action = ?", q.action() == null ? null : q.action().name());
        condition(sql, args, "occurred_at >= ?", q.from() == null ? null : Timestamp.from(q.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        condition(sql, args, "occurred_at < ?", q.to() == null ? null : Timestamp.from(q.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        sql.append(" order by id desc limit ").append(Math.max(1, Math.min(limit, 1000)));
        return jdbc.query(sql.toString(), (rs, i) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                rs.getString(3), rs.getString(4), rs.getString(5), AuditAction.valueOf(rs.getString(6)), rs.getString(7),
                rs.getString(8), AuditResult.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11)), args.toArray());
    }

    private static void condition(StringBuilder sql, List<Object> args, String clause, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            sql.append(" and ").append(clause);
            args.add(value instanceof String s ? s.strip() : value);
        }
    }

    /** Staff are logged with their address (NEN 7513 asks "from where"); tellers never are. */
    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return "intern";
    }
}
