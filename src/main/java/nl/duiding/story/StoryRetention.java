package nl.duiding.story;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;

/**
 * Enforces how long stories are kept ({@code duiding.retention.stories}, an ISO period, default five years):
 * a nightly job removes older stories, tells the projections, audits each removal and logs the count.
 */
@Service
public class StoryRetention {

    private static final Logger log = LoggerFactory.getLogger(StoryRetention.class);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Period keep;
    private final Clock clock = Clock.systemUTC();

    StoryRetention(JdbcTemplate jdbc, ApplicationEventPublisher events, AuditLog audit,
                   @Value("${duiding.retention.stories:P5Y}") Period keep) {
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.keep = keep;
    }

    /** Removes every story told before the retention period; returns how many. */
    @Scheduled(cron = "${duiding.retention.cron:0 30 3 * * *}", zone = "UTC")
    @Transactional
    public int enforce() {
        Timestamp cutoff = Timestamp.from(clock.instant().atZone(ZoneOffset.UTC).minus(keep).toInstant());
        List<UUID> removed = jdbc.queryForList("delete from story where submitted_at < ? returning id", UUID.class, cutoff);
        removed.forEach(id -> {
            events.publishEvent(new StoryRemoved(id, StoryRemoved.Reason.RETENTION));
            audit.recordBySystem(AuditAction.DELETE, "STORY", id, AuditResult.OK, "retention " + keep);
        });
        log.info("Retention: removed {} stories told before {} (keep {})", removed.size(), cutoff.toInstant(), keep);
        return removed.size();
    }
}
