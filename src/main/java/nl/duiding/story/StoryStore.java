package nl.duiding.story;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Story rows in PostgreSQL through plain JDBC: writes are batched and the full read for an index
 * rebuild streams instead of loading every story into memory.
 */
@Repository
class StoryStore {

    private static final String INSERT_STORY = """
            insert into story (id, collection_id, opgave_id, framework_id, provider_id, district_code, teller_role,
                               title, body, language, consent_analysis, consent_quote, consent_share, submitted_at,
                               receipt_hash, idempotency_key, title_sealed, body_sealed)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (idempotency_key) do nothing""";
    private static final String INSERT_ANSWER = """
            insert into story_answer (story_id, question_code, kind, option_code, a, b, c) values (?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_REDACTION = """
            insert into story_redaction (story_id, field, position, kind, start_offset, end_offset) values (?, ?, ?, ?, ?, ?)""";
    private static final String SELECT_INDEXABLE = """
            select s.id, s.opgave_id, s.framework_id, s.provider_id, s.district_code, s.teller_role, s.title, s.body,
                   s.submitted_at, s.consent_quote, s.consent_share
            from story s where s.consent_analysis""";

    private final JdbcTemplate jdbc;

    StoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the story with its masked texts unless its idempotency key is known; returns whether it was
     * inserted. The teller's unmasked text reaches the database only sealed.
     */
    boolean insert(UUID id, SubmitStory s, String receiptHash, MaskedTexts texts) {
        int rows = jdbc.update(INSERT_STORY, id, s.collectionId(), s.opgaveId(), s.frameworkId(), s.providerId(),
                s.districtCode(), s.role().name(), texts.title(), texts.body(), s.language(), s.consentAnalysis(),
                s.consentQuote(), s.consentShare(), Timestamp.from(s.submittedAt()), receiptHash, s.idempotencyKey(),
                texts.titleSealed(), texts.bodySealed());
        if (rows == 0) {
            return false;
        }
        jdbc.batchUpdate(INSERT_ANSWER, answerRows(id, s.answers()));
        jdbc.batchUpdate(INSERT_REDACTION, texts.redactions().stream().map(r -> new Object[] {id, r.field().name(),
                r.position(), r.kind().name(), r.start(), r.end()}).toList());
        return true;
    }

    Optional<UUID> idForReceipt(String receiptHash) {
        return jdbc.query("select id from story where receipt_hash = ?", (rs, i) -> rs.getObject(1, UUID.class), receiptHash)
                .stream().findFirst();
    }

    boolean delete(UUID id) {
        return jdbc.update("delete from story where id = ?", id) == 1;
    }

    UUID idFor(UUID idempotencyKey) {
        return jdbc.queryForObject("select id from story where idempotency_key = ?", UUID.class, idempotencyKey);
    }

    long countIndexable() {
        Long count = jdbc.queryForObject("select count(*) from story where consent_analysis", Long.class);
        return count == null ? 0 : count;
    }

    List<StoryRecord> findIndexable(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<StoryRecord> out = new ArrayList<>();
        UUID[] array = ids.toArray(UUID[]::new);
        jdbc.query(SELECT_INDEXABLE + " and s.id = any(?)", ps -> ps.setObject(1, array), (RowCallbackHandler) rs ->
                out.add(record(rs, List.of())));
        Map<UUID, List<Answer>> answers = answersFor(ids);
        return out.stream().map(r -> withAnswers(r, answers.getOrDefault(r.id(), List.of()))).toList();
    }

    /**
     * Streams every indexable story with its answers in one ordered pass (story joined to its answers,
     * consecutive rows grouped). Must run inside a transaction so PostgreSQL uses a cursor.
     */
    void forEachIndexable(Consumer<StoryRecord> consumer) {
        var grouper = new AnswerGrouper(consumer);
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select s.id, s.opgave_id, s.framework_id, s.provider_id, s.district_code, s.teller_role, s.title,
                           s.body, s.submitted_at, s.consent_quote, s.consent_share,
                           a.question_code, a.kind, a.option_code, a.a, a.b, a.c
                    from story s left join story_answer a on a.story_id = s.id
                    where s.consent_analysis order by s.id""");
            ps.setFetchSize(5_000);
            return ps;
        }, (RowCallbackHandler) grouper::row);
        grouper.flush();
    }

    /** Collects the answer rows of one story and hands the story on when the next one starts. */
    private static final class AnswerGrouper {
        private final Consumer<StoryRecord> consumer;
        private StoryRecord current;
        private final Map<String, Answer> answers = new java.util.LinkedHashMap<>();

        AnswerGrouper(Consumer<StoryRecord> consumer) {
            this.consumer = consumer;
        }

        void row(ResultSet rs) throws SQLException {
            UUID id = rs.getObject(1, UUID.class);
            if (current == null || !current.id().equals(id)) {
                flush();
                current = record(rs, List.of());
            }
            String code = rs.getString(12);
            if (code == null) {
                return;
            }
            switch (rs.getString(13)) {
                case "TRIAD" -> answers.put(code, new Answer.Triad(code, rs.getDouble(15), rs.getDouble(16), rs.getDouble(17)));
                case "DYAD" -> answers.put(code, new Answer.Dyad(code, rs.getDouble(15)));
                default -> {
                    Set<String> options = new HashSet<>();
                    if (answers.get(code) instanceof Answer.Choice previous) {
                        options.addAll(previous.options());
                    }
                    if (!rs.getString(14).isEmpty()) {
                        options.add(rs.getString(14));
                    }
                    answers.put(code, new Answer.Choice(code, options));
                }
            }
        }

        void flush() {
            if (current != null) {
                consumer.accept(withAnswers(current, List.copyOf(answers.values())));
                current = null;
                answers.clear();
            }
        }
    }

    private Map<UUID, List<Answer>> answersFor(Set<UUID> ids) {
        Map<UUID, List<Answer>> byStory = new HashMap<>();
        Map<UUID, Map<String, Set<String>>> choices = new HashMap<>();
        jdbc.query("select story_id, question_code, kind, option_code, a, b, c from story_answer where story_id = any(?)",
                ps -> ps.setObject(1, ids.toArray(UUID[]::new)), (RowCallbackHandler) rs -> {
                    UUID story = rs.getObject(1, UUID.class);
                    String code = rs.getString(2);
                    switch (rs.getString(3)) {
                        case "TRIAD" -> byStory.computeIfAbsent(story, k -> new ArrayList<>())
                                .add(new Answer.Triad(code, rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)));
                        case "DYAD" -> byStory.computeIfAbsent(story, k -> new ArrayList<>())
                                .add(new Answer.Dyad(code, rs.getDouble(5)));
                        default -> choices.computeIfAbsent(story, k -> new HashMap<>())
                                .computeIfAbsent(code, k -> new HashSet<>()).add(rs.getString(4));
                    }
                });
        choices.forEach((story, perQuestion) -> perQuestion.forEach((code, options) -> {
            options.remove("");
            byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(new Answer.Choice(code, options));
        }));
        return byStory;
    }

    private static List<Object[]> answerRows(UUID id, List<Answer> answers) {
        List<Object[]> rows = new ArrayList<>();
        for (Answer answer : answers) {
            switch (answer) {
                case Answer.Triad t -> rows.add(new Object[] {id, t.questionCode(), "TRIAD", "", t.a(), t.b(), t.c()});
                case Answer.Dyad d -> rows.add(new Object[] {id, d.questionCode(), "DYAD", "", d.value(), null, null});
                case Answer.Choice c -> {
                    // an empty choice is kept as one row so "answered, nothing chosen" survives
                    if (c.options().isEmpty()) {
                        rows.add(new Object[] {id, c.questionCode(), "MULTIPLE_CHOICE", "", null, null, null});
                    }
                    c.options().stream().sorted().forEach(o ->
                            rows.add(new Object[] {id, c.questionCode(), "MULTIPLE_CHOICE", o, null, null, null}));
                }
            }
        }
        return rows;
    }

    private static StoryRecord record(ResultSet rs, List<Answer> answers) throws SQLException {
        long provider = rs.getLong(4);
        Long providerId = rs.wasNull() ? null : provider;
        return new StoryRecord(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3), providerId, rs.getString(5),
                TellerRole.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                rs.getTimestamp(9).toInstant(), rs.getBoolean(10), rs.getBoolean(11), answers);
    }

    private static StoryRecord withAnswers(StoryRecord r, List<Answer> answers) {
        return new StoryRecord(r.id(), r.opgaveId(), r.frameworkId(), r.providerId(), r.districtCode(), r.role(),
                r.title(), r.body(), r.submittedAt(), r.consentQuote(), r.consentShare(), answers);
    }
}
