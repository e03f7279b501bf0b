package nl.duiding.production;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The record of imports and their rejected lines (tables production_import and production_rejection). */
@Repository
class ImportLog {

    private static final String SELECT = "select id, source_name, format, status, imported_by, imported_at, "
            + "accepted_count, rejected_count, amount_cents from production_import ";

    private final JdbcTemplate jdbc;

    ImportLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long start(String sourceName, ImportFormat format, String sha256, String importedBy, Instant at) {
        Long id = jdbc.queryForObject("insert into production_import (source_name, format, content_sha256, status, "
                        + "imported_by, imported_at, accepted_count, rejected_count, amount_cents) "
                        + "values (?, ?, ?, 'IMPORTED', ?, ?, 0, 0, 0) returning id", Long.class,
                sourceName, format.name(), sha256, importedBy, Timestamp.from(at));
        return id == null ? -1 : id;
    }

    void finish(long id, int accepted, int rejected, long amountCents) {
        jdbc.update("update production_import set accepted_count = ?, rejected_count = ?, amount_cents = ? where id = ?",
                accepted, rejected, amountCents, id);
    }

    Optional<ImportSummary> bySha256(String sha256) {
        return jdbc.query(SELECT + "where content_sha256 = ? and status = 'IMPORTED'", ImportLog::summary, sha256)
                .stream().findFirst();
    }

    Optional<ImportSummary> find(long id) {
        return jdbc.query(SELECT + "where id = ?", ImportLog::summary, id).stream().findFirst();
    }

    List<ImportSummary> recent(int limit) {
        return jdbc.query(SELECT + "order by id desc limit ?", ImportLog::summary, limit);
    }

    List<ImportSummary.Rejection> rejections(long id, int limit) {
        return jdbc.query("select location, reference, reason from production_rejection where import_id = ? "
                        + "order by position limit ?",
                (rs, n) -> new ImportSummary.Rejection(rs.getString(1), rs.getString(2), rs.getString(3)), id, limit);
    }

    List<ImportSummary.Warning> warnings(long id) {
        return jdbc.query("select text, provider_agb from production_import_warning where import_id = ? order by position",
                (rs, n) -> new ImportSummary.Warning(rs.getString(1), rs.getString(2)), id);
    }

    void warn(long id, List<ImportSummary.Warning> warnings) {
        for (int i = 0; i < warnings.size(); i++) {
            jdbc.update("insert into production_import_warning (import_id, position, text, provider_agb) values (?, ?, ?, ?)",
                    id, i + 1, warnings.get(i).text(), warnings.get(i).providerAgb());
        }
    }

    /** Deletes the import's lines and keeps the record, marked rolled back, so the audit trail stays. */
    boolean rollBack(long id) {
        int marked = jdbc.update("update production_import set status = 'ROLLED_BACK', rolled_back_at = now() "
                + "where id = ? and status = 'IMPORTED'", id);
        if (marked == 1) {
            jdbc.update("delete from declared_line where import_id = ?", id);
        }
        return marked == 1;
    }

    boolean anyLines() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from declared_line)", Boolean.class));
    }

    private static ImportSummary summary(ResultSet rs, int row) throws SQLException {
        return new ImportSummary(rs.getLong("id"), rs.getString("source_name"), ImportFormat.valueOf(rs.getString("format")),
                ImportSummary.Status.valueOf(rs.getString("status")), rs.getString("imported_by"),
                rs.getTimestamp("imported_at").toInstant(), rs.getInt("accepted_count"), rs.getInt("rejected_count"),
                rs.getLong("amount_cents"), false);
    }
}
