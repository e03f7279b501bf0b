package nl.duiding.story;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
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
                               receipt_hash, idempotency_key, title_sealed, body_sealed, prompt)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (idempotency_key) do nothing""";
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
                texts.titleSealed(), texts.bodySealed(), s.prompt());
        if (rows == 0) {
            return false;
        }
        jdbc.batchUpdate(AnswerRows.INSERT, AnswerRows.rows(id, s.answers()));
        jdbc.batchUpdate("insert into story_provider (story_id, provider_id) values (?, ?)",
                s.providerIds().stream().map(p -> new Object[] {id, p}).toList());
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
        streamIndexable("", consumer);
    }

    /** The same stream for one opgave, submitted in [from, to). */
    void forEachIndexable(long opgaveId, java.time.Instant from, java.time.Instant to, Consumer<StoryRecord> consumer) {
        streamIndexable(" and s.opgave_id = ? and s.submitted_at >= ? and s.submitted_at < ?", consumer,
                opgaveId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to));
    }

    private void streamIndexable(String condition, Consumer<StoryRecord> consumer, Object... args) {
        var grouper = new AnswerGrouper(consumer);
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select s.id, s.opgave_id, s.framework_id, s.provider_id, s.district_code, s.teller_role, s.title,
                           s.body, s.submitted_at, s.consent_quote, s.consent_share,
                           a.question_code, a.kind, a.option_code, a.a, a.b, a.c, a.text_value
                    from story s left join story_answer a on a.story_id = s.id
                    where s.consent_analysis""" + condition + " order by s.id");
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.setFetchSize(5_000);
            return ps;
        }, (RowCallbackHandler) grouper::row);
        grouper.flush();
    }

    /** Collects the answer rows of one story and hands the story on when the next one starts. */
    private static final class AnswerGrouper {
        private final Consumer<StoryRecord> consumer;
        private StoryRecord current;
        private AnswerRows.Reader answers = new AnswerRows.Reader();

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
            if (code != null) {
                answers.add(code, rs.getString(13), rs.getString(14), rs.getDouble(15), rs.getDouble(16),
                        rs.getDouble(17), rs.getString(18));
            }
        }

        void flush() {
            if (current != null) {
                consumer.accept(withAnswers(current, answers.answers()));
                current = null;
                answers = new AnswerRows.Reader();
            }
        }
    }

    private Map<UUID, List<Answer>> answersFor(Set<UUID> ids) {
        Map<UUID, AnswerRows.Reader> byStory = new HashMap<>();
        jdbc.query("select story_id, question_code, kind, option_code, a, b, c, text_value from story_answer "
                        + "where story_id = any(?)",
                ps -> ps.setObject(1, ids.toArray(UUID[]::new)), (RowCallbackHandler) rs ->
                        byStory.computeIfAbsent(rs.getObject(1, UUID.class), k -> new AnswerRows.Reader())
                                .add(rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
                                        rs.getDouble(6), rs.getDouble(7), rs.getString(8)));
        Map<UUID, List<Answer>> out = new HashMap<>();
        byStory.forEach((story, reader) -> out.put(story, reader.answers()));
        return out;
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
