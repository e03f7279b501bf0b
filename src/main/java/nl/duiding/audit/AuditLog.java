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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The module's API. {@link #record} writes one event in a transaction of its own, so a refused or failed
 * operation is logged even when its own transaction rolls back. The actor, role and client address are
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

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, String objectType, Object objectId, AuditResult result, String details) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        String actor = signedIn ? auth.getName() : "verteller";
        String role = signedIn ? auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).collect(Collectors.joining(",")) : "TELLER";
        String onBehalfOf = signedIn && auth.getPrincipal() instanceof OnBehalfOf principal ? principal.onBehalfOf() : null;
        insert(actor, role, onBehalfOf, action, objectType, objectId, result, signedIn ? clientAddress() : null, details);
    }

    /** Records work that no person started through the web (scheduled jobs, command-line runs). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordBySystem(AuditAction action, String objectType, Object objectId, AuditResult result, String details) {
        insert(SYSTEM, "SYSTEM", null, action, objectType, objectId, result, null, details);
    }

    private void insert(String actor, String role, String onBehalfOf, AuditAction action, String objectType,
                        Object objectId, AuditResult result, String address, String details) {
        jdbc.update("""
                insert into audit_event (actor, actor_role, on_behalf_of, action, object_type, object_id, result,
                                         client_address, details) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                truncate(actor, 100), truncate(role, 30), truncate(onBehalfOf, 200), action.name(), objectType,
                truncate(String.valueOf(objectId), 100), result.name(), address,
                truncate(details, MAX_DETAILS));
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

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
