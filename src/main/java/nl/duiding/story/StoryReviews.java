package nl.duiding.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.duiding.privacy.Finding;
import nl.duiding.privacy.OriginalSealer;
import nl.duiding.privacy.PersonalDataKind;
import nl.duiding.privacy.Scrubber;

/**
 * The second line of defence (issue 14): stories whose masking is uncertain wait here until a policy officer has
 * looked at the suspected words and masked those that are personal data. Until then the story counts in the
 * municipality's figures, but no provider, quote, dialogue or theme label gets its text.
 */
@Service
public class StoryReviews {

    private static final int CONTEXT = 40;

    /** A word that may be personal data, with some text around it; {@code key} names it in the review form. */
    public record Suspect(Redaction.Field field, int start, int end, String word, String before, String after) {
        public String key() {
            return field + ":" + start;
        }
    }

    /** A story that waits for review. */
    public record Pending(UUID id, long opgaveId, java.time.Instant submittedAt, String title) {
    }

    private final JdbcTemplate jdbc;
    private final RedactionStore redactions;
    private final TextMasking masking;
    private final OriginalSealer sealer;
    private final ApplicationEventPublisher events;

    StoryReviews(JdbcTemplate jdbc, RedactionStore redactions, TextMasking masking, OriginalSealer sealer,
                 ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.redactions = redactions;
        this.masking = masking;
        this.sealer = sealer;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public long pendingCount() {
        return jdbc.queryForObject("select count(*) from story where held_for_review", Long.class);
    }

    /** The oldest stories waiting first. */
    @Transactional(readOnly = true)
    public List<Pending> pending(int limit) {
        return jdbc.query("select id, opgave_id, submitted_at, title from story where held_for_review "
                        + "order by submitted_at, id limit ?",
                (rs, i) -> new Pending(rs.getObject(1, UUID.class), rs.getLong(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4)), limit);
    }

    /** The suspected words of a held story, in its current (masked) text; empty for a story not held. */
    @Transactional(readOnly = true)
    public List<Suspect> suspects(UUID id) {
        return redactions.sealed(id).filter(RedactionStore.SealedStory::heldForReview)
                .map(s -> suspects(s, masking.scrubber())).orElse(List.of());
    }

    private static List<Suspect> suspects(RedactionStore.SealedStory story, Scrubber scrubber) {
        List<Suspect> out = new ArrayList<>();
        add(out, Redaction.Field.TITLE, story.title(), scrubber);
        add(out, Redaction.Field.BODY, story.body(), scrubber);
        return out;
    }

    private static void add(List<Suspect> out, Redaction.Field field, String text, Scrubber scrubber) {
        for (Finding f : scrubber.suspicions(text)) {
            out.add(new Suspect(field, f.start(), f.end(), text.substring(f.start(), f.end()),
                    text.substring(Math.max(0, f.start() - CONTEXT), f.start()),
                    text.substring(f.end(), Math.min(text.length(), f.end() + CONTEXT))));
        }
    }

    /**
     * Ends the review: the suspected words named in {@code mask} become {@code [NAAM]}, recorded as confirmed
     * redactions (so undoing another redaction later never brings them back), the others stay as they are.
     * Returns false if the story was not held (already reviewed, or unknown).
     */
    @Transactional
    public boolean complete(UUID id, Set<String> mask, String actor) {
        RedactionStore.SealedStory story = redactions.sealed(id).orElse(null);
        if (story == null || !story.heldForReview()) {
            return false;
        }
        List<Suspect> chosen = suspects(story, masking.scrubber()).stream().filter(s -> mask.contains(s.key())).toList();
        List<Redaction> existing = redactions.redactions(id);
        String title = story.title();
        String body = story.body();
        for (Redaction.Field field : Redaction.Field.values()) {
            List<Suspect> inField = chosen.stream().filter(s -> s.field() == field)
                    .sorted(Comparator.comparingInt(Suspect::start).reversed()).toList();
            if (inField.isEmpty()) {
                continue;
            }
            List<Redaction> ofField = existing.stream().filter(r -> r.field() == field).toList();
            String text = field == Redaction.Field.TITLE ? title : body;
            if (ofField.isEmpty()) {
                // the stored text is the original: seal it now, so these redactions can be undone like any other
                redactions.sealIfMissing(id, field, sealer.seal(text));
            }
            int position = ofField.stream().mapToInt(Redaction::position).max().orElse(-1) + 1;
            StringBuilder masked = new StringBuilder(text);
            for (Suspect s : inField) {
                int start = originalOffset(s.start(), ofField);
                redactions.add(id, new Redaction(field, position++, PersonalDataKind.NAME, start,
                        start + (s.end() - s.start()), Redaction.State.CONFIRMED), actor);
                masked.replace(s.start(), s.end(), PersonalDataKind.NAME.placeholder());
            }
            if (field == Redaction.Field.TITLE) {
                title = masked.toString();
            } else {
                body = masked.toString();
            }
        }
        redactions.updateTexts(id, title, body);
        jdbc.update("update story set held_for_review = false, reviewed_by = ?, reviewed_at = now() where id = ?", actor, id);
        events.publishEvent(new StoryRevised(id));
        return true;
    }

    /** Where an offset of the masked text lies in the original, given the field's redactions. */
    static int originalOffset(int maskedOffset, List<Redaction> redactions) {
        int delta = 0;
        for (Redaction r : redactions.stream().sorted(Comparator.comparingInt(Redaction::start)).toList()) {
            if (!r.applied()) {
                continue;
            }
            if (maskedOffset < r.start() + delta) {
                break;
            }
            delta += r.kind().placeholder().length() - (r.end() - r.start());
        }
        return maskedOffset - delta;
    }
}
