package nl.duiding.dialogue;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import nl.duiding.dialogue.DialogueOutcome.Decision;
import nl.duiding.dialogue.DialogueOutcome.Development;
import nl.duiding.dialogue.DialogueOutcome.Interpretation;
import nl.duiding.dialogue.DialogueOutcome.Observation;

/** What was said in a dialogue, each row attributed to its author (plain JDBC). */
@Repository
class DiscussionStore {

    static final String BY = "author, author_name, author_role, author_org, created_at";

    private final JdbcTemplate jdbc;

    DiscussionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void addObservation(long dialogueId, Feedback feedback, Strength strength, String text, Attribution by) {
        jdbc.update("insert into dialogue_observation (dialogue_id, feedback, strength, text, " + BY + ") values (?, ?, ?, ?, ?, ?, ?, ?, now())",
                dialogueId, feedback.name(), strength.name(), text, by.username(), by.name(), by.role(), by.organisation());
    }

    void addInterpretation(long observationId, String text, Attribution by) {
        jdbc.update("insert into dialogue_interpretation (observation_id, text, " + BY + ") values (?, ?, ?, ?, ?, ?, now())",
                observationId, text, by.username(), by.name(), by.role(), by.organisation());
    }

    void close(long observationId) {
        jdbc.update("update dialogue_observation set closed_at = now() where id = ? and closed_at is null", observationId);
    }

    void addDecision(long dialogueId, Long observationId, DecisionKind kind, String text, String owner,
                     java.time.LocalDate dueOn, Attribution by) {
        jdbc.update("insert into dialogue_decision (dialogue_id, observation_id, kind, text, owner, due_on, " + BY
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())", dialogueId, observationId, kind.name(), text, owner,
                dueOn == null ? null : Date.valueOf(dueOn), by.username(), by.name(), by.role(), by.organisation());
    }

    void setStatus(long decisionId, DecisionStatus status, String username) {
        jdbc.update("update dialogue_decision set status = ?, done_at = case when ? = 'DONE' then now() end, "
                + "done_by = case when ? = 'DONE' then ? end where id = ?", status.name(), status.name(), status.name(), username, decisionId);
    }

    void addDevelopment(long dialogueId, String text, Attribution by) {
        jdbc.update("insert into dialogue_development (dialogue_id, text, " + BY + ") values (?, ?, ?, ?, ?, ?, now())",
                dialogueId, text, by.username(), by.name(), by.role(), by.organisation());
    }

    /** Observations of a dialogue in the order they were added, each with its interpretations. */
    List<Observation> observations(long dialogueId) {
        Map<Long, List<Interpretation>> interpretations = new LinkedHashMap<>();
        jdbc.query("select i.observation_id, i.id, i.text, " + prefixed("i") + " from dialogue_interpretation i "
                + "join dialogue_observation o on o.id = i.observation_id where o.dialogue_id = ? order by i.id", rs -> {
            interpretations.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Interpretation(rs.getLong(2), rs.getString(3), attribution(rs, 4)));
        }, dialogueId);
        return jdbc.query("select id, feedback, strength, text, closed_at, " + BY + " from dialogue_observation "
                + "where dialogue_id = ? order by id", (rs, i) -> new Observation(rs.getLong(1), Feedback.valueOf(rs.getString(2)),
                Strength.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5) != null,
                interpretations.getOrDefault(rs.getLong(1), List.of()), attribution(rs, 6)), dialogueId);
    }

    Optional<Long> dialogueOfObservation(long observationId) {
        return jdbc.queryForList("select dialogue_id from dialogue_observation where id = ?", Long.class, observationId)
                .stream().findFirst();
    }

    Optional<Long> dialogueOfDecision(long decisionId) {
        return jdbc.queryForList("select dialogue_id from dialogue_decision where id = ?", Long.class, decisionId)
                .stream().findFirst();
    }

    int interpretationCount(long observationId) {
        Integer n = jdbc.queryForObject("select count(*) from dialogue_interpretation where observation_id = ?", Integer.class, observationId);
        return n == null ? 0 : n;
    }

    boolean isClosed(long observationId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select closed_at is not null from dialogue_observation where id = ?",
                Boolean.class, observationId));
    }

    List<Decision> decisions(long dialogueId) {
        return jdbc.query("select id, observation_id, kind, text, owner, due_on, status, " + BY + " from dialogue_decision "
                + "where dialogue_id = ? order by id", (rs, i) -> new Decision(rs.getLong(1), (Long) rs.getObject(2),
                DecisionKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), DecisionStatus.valueOf(rs.getString(7)),
                attribution(rs, 8)), dialogueId);
    }

    List<Development> developments(long dialogueId) {
        return jdbc.query("select id, text, " + BY + " from dialogue_development where dialogue_id = ? order by id",
                (rs, i) -> new Development(rs.getLong(1), rs.getString(2), attribution(rs, 3)), dialogueId);
    }

    static String prefixed(String alias) {
        return java.util.Arrays.stream(BY.split(", ")).map(c -> alias + "." + c).collect(java.util.stream.Collectors.joining(", "));
    }

    static Attribution attribution(ResultSet rs, int first) throws SQLException {
        return new Attribution(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getString(first + 3), rs.getTimestamp(first + 4).toInstant());
    }
}
