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
                               receipt_hash, idempotency_key, title_sealed, body_sealed, prompt, held_for_review)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (idempotency_key) do nothing""";
    private static final String INSERT_REDACTION = """
            insert into story_redaction (story_id, field, position, kind, start_offset, end_offset) values (?, ?, ?, ?, ?, ?)""";
    private static final String SELECT_INDEXABLE = """
            select s.id, s.opgave_id, s.framework_id, s.provider_id, s.district_code, s.teller_role, s.title, s.body,
                   s.submitted_at, s.consent_quote, s.consent_share, s.held_for_review
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
                texts.titleSealed(), texts.bodySealed(), s.prompt(), texts.suspect());
        if (rows == 0) {
            return false;
        }
        jdbc.batchUpdate(AnswerRows.INSERT, AnswerRows.rows(id, texts.answers()));
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

    List<ProviderPair> providerPairs(long opgaveId, java.time.Instant from, java.time.Instant to) {
        return jdbc.query("""
                select a.provider_id, b.provider_id, count(*) from story s
                join story_provider a on a.story_id = s.id
                join story_provider b on b.story_id = s.id and a.provider_id < b.provider_id
                where s.opgave_id = ? and s.consent_analysis and s.submitted_at >= ? and s.submitted_at < ?
                group by 1, 2 order by 3 desc, 1, 2""", (rs, i) -> new ProviderPair(rs.getLong(1), rs.getLong(2),
                rs.getLong(3)), opgaveId, Timestamp.from(from), Timestamp.from(to));
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
     * Streams every indexable story with its answers in one pass: a sequential scan of {@code story} with each
     * story's answers gathered into arrays by a lateral sub-select on the answer table's primary key, so there is
     * no sort, no per-story round trip and no repeated story text. Must run inside a transaction so PostgreSQL
     * uses a cursor (fetch size) and memory stays flat.
     */
    void forEachIndexable(Consumer<StoryRecord> consumer) {
        streamIndexable("", consumer);
    }

    /** The same stream for one opgave, submitted in [from, to). */
    void forEachIndexable(long opgaveId, java.time.Instant from, java.time.Instant to, Consumer<StoryRecord> consumer) {
        // ordered by id: a report's digest, sums and quote candidates must not follow the rows' physical order
        streamIndexable(" and s.opgave_id = ? and s.submitted_at >= ? and s.submitted_at < ? order by s.id", consumer,
                opgaveId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to));
    }

    private void streamIndexable(String condition, Consumer<StoryRecord> consumer, Object... args) {
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select s.id, s.opgave_id, s.framework_id, s.provider_id, s.district_code, s.teller_role, s.title,
                           s.body, s.submitted_at, s.consent_quote, s.consent_share,
                           x.codes, x.kinds, x.options, x.a, x.b, x.c, x.texts, s.held_for_review
                    from story s cross join lateral (
                        select array_agg(a.question_code order by a.question_code, a.option_code) codes,
                               array_agg(a.kind order by a.question_code, a.option_code) kinds,
                               array_agg(a.option_code order by a.question_code, a.option_code) options,
                               array_agg(a.a order by a.question_code, a.option_code) a,
                               array_agg(a.b order by a.question_code, a.option_code) b,
                               array_agg(a.c order by a.question_code, a.option_code) c,
                               array_agg(a.text_value order by a.question_code, a.option_code) texts
                        from story_answer a where a.story_id = s.id) x
                    where s.consent_analysis""" + condition);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.setFetchSize(2_000);
            return ps;
        }, (RowCallbackHandler) rs -> consumer.accept(record(rs, answers(rs))));
    }

    /** The answers of the current row, from the parallel arrays of the lateral sub-select. */
    private static List<Answer> answers(ResultSet rs) throws SQLException {
        java.sql.Array codeArray = rs.getArray(12);
        if (codeArray == null) {
            return List.of();
        }
        String[] codes = (String[]) codeArray.getArray();
        String[] kinds = (String[]) rs.getArray(13).getArray();
        String[] options = (String[]) rs.getArray(14).getArray();
        Double[] a = (Double[]) rs.getArray(15).getArray();
        Double[] b = (Double[]) rs.getArray(16).getArray();
        Double[] c = (Double[]) rs.getArray(17).getArray();
        String[] texts = (String[]) rs.getArray(18).getArray();
        AnswerRows.Reader reader = new AnswerRows.Reader();
        for (int i = 0; i < codes.length; i++) {
            reader.add(codes[i], kinds[i], options[i], value(a[i]), value(b[i]), value(c[i]), texts[i]);
        }
        return reader.answers();
    }

    private static double value(Double d) {
        return d == null ? 0 : d;
    }

    /** The answers of one story, whatever its consents (the story page of a policy officer). */
    List<Answer> answersOf(UUID id) {
        return answersFor(Set.of(id)).getOrDefault(id, List.of());
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
                rs.getTimestamp(9).toInstant(), rs.getBoolean(10), rs.getBoolean(11), answers,
                rs.getBoolean("held_for_review"));
    }

    private static StoryRecord withAnswers(StoryRecord r, List<Answer> answers) {
        return new StoryRecord(r.id(), r.opgaveId(), r.frameworkId(), r.providerId(), r.districtCode(), r.role(),
                r.title(), r.body(), r.submittedAt(), r.consentQuote(), r.consentShare(), answers, r.heldForReview());
    }
}
