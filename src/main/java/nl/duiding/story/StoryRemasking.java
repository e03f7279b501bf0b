package nl.duiding.story;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import nl.duiding.privacy.Finding;
import nl.duiding.privacy.OriginalSealer;
import nl.duiding.privacy.Scrubber;

/**
 * Stories stored before the current masking are masked again once, at start-up, in batches (issue 14,
 * {@code story.masking_version}: 1 before masking learned lower-case writing, 2 before school and GP-practice names;
 * a new story gets the current version from the column's default, so a migration raises both together): from the
 * sealed original where there is one and the key opens it (the policy officer's earlier decisions on the same spans
 * stay), else from the stored text, which then is the original or already masked. Written answers are masked again
 * too; the index follows through {@link StoryRevised}.
 */
@Service
class StoryRemasking {

    static final int CURRENT = 3;
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(StoryRemasking.class);

    private final JdbcTemplate jdbc;
    private final RedactionStore redactions;
    private final TextMasking masking;
    private final OriginalSealer sealer;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    StoryRemasking(JdbcTemplate jdbc, RedactionStore redactions, TextMasking masking, OriginalSealer sealer,
                   ApplicationEventPublisher events, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.redactions = redactions;
        this.masking = masking;
        this.sealer = sealer;
        this.events = events;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int changed = remaskOutdated();
        if (changed > 0) {
            log.info("Masked {} stories stored before masking version {} again", changed, CURRENT);
        }
    }

    /** Returns how many stories changed. */
    int remaskOutdated() {
        int changed = 0;
        while (true) {
            List<UUID> ids = jdbc.queryForList("select id from story where masking_version < ? limit ?", UUID.class,
                    CURRENT, BATCH);
            if (ids.isEmpty()) {
                return changed;
            }
            Scrubber scrubber = masking.scrubber();
            Integer done = tx.execute(status -> (int) ids.stream().filter(id -> remask(id, scrubber)).count());
            changed += done == null ? 0 : done;
        }
    }

    private boolean remask(UUID id, Scrubber scrubber) {
        RedactionStore.SealedStory story = redactions.sealed(id).orElse(null);
        jdbc.update("update story set masking_version = ? where id = ?", CURRENT, id);
        if (story == null) {
            return false;
        }
        List<Redaction> old = redactions.redactions(id);
        Field title = field(Redaction.Field.TITLE, story.title(), story.titleSealed(), old, scrubber);
        Field body = field(Redaction.Field.BODY, story.body(), story.bodySealed(), old, scrubber);
        int answers = jdbc.query("select question_code, option_code, text_value from story_answer where story_id = ? "
                + "and kind in ('TEXT', 'OTHER') and text_value is not null", (rs, i) -> new String[] {rs.getString(1),
                rs.getString(2), rs.getString(3)}, id).stream().mapToInt(a -> {
                    String masked = Scrubber.mask(a[2], scrubber.find(a[2]));
                    return masked.equals(a[2]) ? 0 : jdbc.update("update story_answer set text_value = ? where story_id = ? "
                            + "and question_code = ? and option_code = ?", masked, id, a[0], a[1]);
                }).sum();
        if (!title.changed() && !body.changed() && answers == 0) {
            return false;
        }
        jdbc.update("update story set title = ?, body = ?, title_sealed = ?, body_sealed = ? where id = ?",
                title.text(), body.text(), title.sealed(), body.sealed(), id);
        for (Field f : List.of(title, body)) {
            if (f.redactions() != null) {
                jdbc.update("delete from story_redaction where story_id = ? and field = ?", id, f.name().name());
                jdbc.batchUpdate("insert into story_redaction (story_id, field, position, kind, start_offset, end_offset, state)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", f.redactions().stream().map(r -> new Object[] {id,
                        r.field().name(), r.position(), r.kind().name(), r.start(), r.end(), r.state().name()}).toList());
            }
        }
        events.publishEvent(new StoryRevised(id));
        return true;
    }

    /** One field masked again; {@code redactions} is null when the rows stay as they are. */
    private record Field(Redaction.Field name, String text, byte[] sealed, List<Redaction> redactions, boolean changed) {
    }

    private Field field(Redaction.Field name, String stored, byte[] sealed, List<Redaction> all, Scrubber scrubber) {
        List<Redaction> old = all.stream().filter(r -> r.field() == name).toList();
        if (sealed != null && sealer.enabled()) {
            String original = sealer.open(sealed);
            List<Redaction> fresh = keepDecisions(Masking.redactions(name, scrubber.find(original)), old);
            String masked = Masking.mask(original, fresh);
            return new Field(name, masked, sealed, fresh, !masked.equals(stored) || !fresh.equals(old));
        }
        List<Finding> found = scrubber.find(stored);
        if (found.isEmpty()) {
            return new Field(name, stored, sealed, null, false);
        }
        if (old.isEmpty() && sealed == null) {
            // nothing was masked before, so the stored text is the original: offsets and undo stay exact
            List<Redaction> fresh = Masking.redactions(name, found);
            return new Field(name, Masking.mask(stored, fresh), sealer.seal(stored), fresh, true);
        }
        // already masked without an original to go back to: mask further, the new spans cannot be undone
        return new Field(name, Scrubber.mask(stored, found), sealed, null, true);
    }

    private static List<Redaction> keepDecisions(List<Redaction> fresh, List<Redaction> old) {
        List<Redaction> out = new ArrayList<>();
        for (Redaction r : fresh) {
            Redaction.State state = old.stream().filter(o -> o.kind() == r.kind() && o.start() == r.start()
                    && o.end() == r.end()).map(Redaction::state).findFirst().orElse(Redaction.State.AUTO);
            out.add(new Redaction(r.field(), r.position(), r.kind(), r.start(), r.end(), state));
        }
        return out;
    }
}
