package nl.duiding.dialogue;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

import nl.duiding.identity.Role;

/** Dialogue and participant rows through plain JDBC; the baseline is a jsonb document. */
@Repository
class DialogueStore {

    private static final String COLUMNS = "id, opgave_id, title, period_start, period_end, provider_ids, district_codes, "
            + "baseline::text, created_by, created_at";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    DialogueStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(NewDialogue d, Baseline baseline, String createdBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into dialogue (opgave_id, title, period_start, period_end, provider_ids, district_codes,
                                          baseline, created_by) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)""", new String[] {"id"});
            ps.setLong(1, d.opgaveId());
            ps.setString(2, d.title());
            ps.setDate(3, Date.valueOf(d.periodStart()));
            ps.setDate(4, Date.valueOf(d.periodEnd()));
            ps.setArray(5, con.createArrayOf("bigint", d.providerIds().toArray()));
            ps.setArray(6, con.createArrayOf("varchar", d.districtCodes().toArray()));
            ps.setString(7, json.writeValueAsString(baseline));
            ps.setString(8, createdBy);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    Optional<Dialogue> find(long id) {
        return jdbc.query("select " + COLUMNS + " from dialogue where id = ?", this::row, id).stream().findFirst();
    }

    List<Dialogue> all() {
        return jdbc.query("select " + COLUMNS + " from dialogue order by created_at desc, id desc", this::row);
    }

    List<Dialogue> invited(String username) {
        return jdbc.query("select " + COLUMNS + " from dialogue d where exists (select 1 from dialogue_participant p "
                + "where p.dialogue_id = d.id and lower(p.username) = lower(?)) order by created_at desc, id desc", this::row, username);
    }

    /** The dialogue on the same opgave created just before this one, if any. */
    Optional<Dialogue> previous(Dialogue d) {
        return jdbc.query("select " + COLUMNS + " from dialogue where opgave_id = ? and (created_at, id) < (?, ?) "
                        + "order by created_at desc, id desc limit 1", this::row, d.opgaveId(),
                java.sql.Timestamp.from(d.createdAt()), d.id()).stream().findFirst();
    }

    void invite(long dialogueId, String username, Role role, String invitedBy) {
        jdbc.update("""
                insert into dialogue_participant (dialogue_id, username, role, invited_by) values (?, ?, ?, ?)
                on conflict (dialogue_id, username) do update set role = excluded.role""", dialogueId, username, role.name(), invitedBy);
    }

    /** Whether the user was a participant (and is no longer). */
    boolean remove(long dialogueId, String username) {
        return jdbc.update("delete from dialogue_participant where dialogue_id = ? and username = ?", dialogueId, username) == 1;
    }

    List<Participant> participants(long dialogueId) {
        return jdbc.query("select username, role, invited_by from dialogue_participant where dialogue_id = ? order by role, username",
                (rs, i) -> new Participant(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3)), dialogueId);
    }

    private Dialogue row(ResultSet rs, int i) throws SQLException {
        return new Dialogue(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                rs.getDate(5).toLocalDate(), Arrays.stream((Long[]) array(rs.getArray(6))).toList(),
                Arrays.stream((String[]) array(rs.getArray(7))).toList(), json.readValue(rs.getString(8), Baseline.class),
                rs.getString(9), rs.getTimestamp(10).toInstant());
    }

    private static Object[] array(Array array) throws SQLException {
        return (Object[]) array.getArray();
    }
}
