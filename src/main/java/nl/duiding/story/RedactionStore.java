package nl.duiding.story;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import nl.duiding.privacy.PersonalDataKind;

/** Redactions of a story and the sealed originals behind them. */
@Repository
class RedactionStore {

    private final JdbcTemplate jdbc;

    RedactionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Redaction> redactions(UUID id) {
        return jdbc.query("select field, position, kind, start_offset, end_offset, state from story_redaction "
                + "where story_id = ? order by field, position", (rs, i) -> new Redaction(
                Redaction.Field.valueOf(rs.getString(1)), rs.getInt(2), PersonalDataKind.valueOf(rs.getString(3)),
                rs.getInt(4), rs.getInt(5), Redaction.State.valueOf(rs.getString(6))), id);
    }

    Optional<SealedStory> sealed(UUID id) {
        return jdbc.query("select title, body, title_sealed, body_sealed, opgave_id, provider_id, district_code, "
                + "teller_role, submitted_at, consent_quote, consent_share, held_for_review, framework_id from story where id = ?", (rs, i) -> {
                    long provider = rs.getLong(6);
                    return new SealedStory(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getBytes(4), rs.getLong(5),
                            rs.wasNull() ? null : provider, rs.getString(7), TellerRole.valueOf(rs.getString(8)),
                            rs.getTimestamp(9).toInstant(), rs.getBoolean(10), rs.getBoolean(11), rs.getBoolean(12),
                            rs.getLong(13));
                }, id).stream().findFirst();
    }

    void decide(UUID id, Redaction.Field field, int position, Redaction.State state, String actor) {
        jdbc.update("update story_redaction set state = ?, decided_by = ?, decided_at = now() "
                + "where story_id = ? and field = ? and position = ?", state.name(), actor, id, field.name(), position);
    }

    void add(UUID id, Redaction r, String actor) {
        jdbc.update("insert into story_redaction (story_id, field, position, kind, start_offset, end_offset, state, "
                + "decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, now())", id, r.field().name(), r.position(),
                r.kind().name(), r.start(), r.end(), r.state().name(), actor);
    }

    void sealIfMissing(UUID id, Redaction.Field field, byte[] sealed) {
        String column = field == Redaction.Field.TITLE ? "title_sealed" : "body_sealed";
        jdbc.update("update story set " + column + " = ? where id = ? and " + column + " is null", sealed, id);
    }

    void updateTexts(UUID id, String title, String body) {
        jdbc.update("update story set title = ?, body = ? where id = ?", title, body, id);
    }

    /** What the store holds of one story: masked texts, sealed originals and the facts around them. */
    record SealedStory(String title, String body, byte[] titleSealed, byte[] bodySealed, long opgaveId, Long providerId,
                       String districtCode, TellerRole role, java.time.Instant submittedAt, boolean consentQuote,
                       boolean consentShare, boolean heldForReview, long frameworkId) {
    }
}
