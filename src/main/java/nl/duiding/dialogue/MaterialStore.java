package nl.duiding.dialogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Pinned material with its frozen snapshot (jsonb) and SVG (text). */
@Repository
class MaterialStore {

    private static final String COLUMNS = "id, dialogue_id, kind, title, provider_id, story_id, quote_consent, snapshot::text, "
            + "svg is not null, live_link, " + DiscussionStore.BY;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    MaterialStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(long dialogueId, String kind, MaterialKind.Frozen frozen, Attribution by) {
        jdbc.update("insert into dialogue_material (dialogue_id, kind, title, provider_id, story_id, quote_consent, snapshot, svg, "
                        + "live_link, " + DiscussionStore.BY + ") values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, now()) "
                        + "on conflict do nothing", dialogueId, kind, frozen.title(), frozen.providerId(), frozen.storyId(),
                frozen.quoteConsent(), json.writeValueAsString(frozen.snapshot()), frozen.svg(), frozen.liveLink(),
                by.username(), by.name(), by.role(), by.organisation());
    }

    List<PinnedMaterial> of(long dialogueId, Map<String, MaterialKind> kinds) {
        return jdbc.query("select " + COLUMNS + " from dialogue_material where dialogue_id = ? order by id",
                (rs, i) -> row(rs, kinds), dialogueId);
    }

    Optional<PinnedMaterial> find(long dialogueId, long id, Map<String, MaterialKind> kinds) {
        return jdbc.query("select " + COLUMNS + " from dialogue_material where dialogue_id = ? and id = ?",
                (rs, i) -> row(rs, kinds), dialogueId, id).stream().findFirst();
    }

    Optional<String> svg(long id) {
        return jdbc.queryForList("select svg from dialogue_material where id = ? and svg is not null", String.class, id)
                .stream().findFirst();
    }

    /** A withdrawn or expired story leaves every dialogue too; returns how many snapshots were removed. */
    int forgetStory(UUID storyId) {
        return jdbc.update("delete from dialogue_material where story_id = ?", storyId);
    }

    private PinnedMaterial row(java.sql.ResultSet rs, Map<String, MaterialKind> kinds) throws java.sql.SQLException {
        String kind = rs.getString(3);
        MaterialKind type = kinds.get(kind);
        Object snapshot = type == null ? null : json.readValue(rs.getString(8), type.snapshotType());
        return new PinnedMaterial(rs.getLong(1), rs.getLong(2), kind, rs.getString(4), (Long) rs.getObject(5),
                rs.getObject(6, UUID.class), (Boolean) rs.getObject(7), snapshot, rs.getBoolean(9), rs.getString(10),
                DiscussionStore.attribution(rs, 11));
    }
}
