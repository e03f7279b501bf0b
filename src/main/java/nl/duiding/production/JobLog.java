package nl.duiding.production;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Upload jobs and why a file was refused (tables production_job and production_job_problem), so refusals survive. */
@Repository
class JobLog {

    private final JdbcClient jdbc;

    JobLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void started(String id, String sourceName, String startedBy, Instant at) {
        jdbc.sql("""
                insert into production_job (id, source_name, started_by, started_at)
                values (:id, :name, :by, :at)
                """).param("id", UUID.fromString(id)).param("name", sourceName).param("by", startedBy)
                .param("at", Timestamp.from(at)).update();
    }

    @Transactional
    void finished(ImportJob job) {
        jdbc.sql("""
                update production_job set finished_at = now(), lines = :lines, rejected = :rejected,
                       import_id = :importId, already_imported = :already
                 where id = :id
                """).param("lines", job.progress().lines()).param("rejected", job.progress().rejected())
                .param("importId", job.importId()).param("already", job.alreadyImported())
                .param("id", UUID.fromString(job.id())).update();
        for (int i = 0; i < job.problems().size(); i++) {
            jdbc.sql("insert into production_job_problem (job_id, position, text) values (:id, :position, :text)")
                    .param("id", UUID.fromString(job.id())).param("position", i + 1)
                    .param("text", truncate(job.problems().get(i))).update();
        }
    }

    /**
     * A job as recorded; one that never finished (the application stopped while it ran) counts as done without an
     * import, with this problem.
     */
    Optional<ImportJob> find(String id, String interrupted) {
        UUID uuid = parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        List<String> problems = jdbc.sql("select text from production_job_problem where job_id = :id order by position")
                .param("id", uuid).query(String.class).list();
        return jdbc.sql("""
                select id, source_name, started_by, started_at, finished_at, lines, rejected, import_id, already_imported
                  from production_job where id = :id
                """).param("id", uuid).query((rs, n) -> job(rs, problems, interrupted)).optional();
    }

    private static ImportJob job(ResultSet rs, List<String> problems, String interrupted) throws SQLException {
        boolean finished = rs.getTimestamp("finished_at") != null;
        long importId = rs.getLong("import_id");
        Long imported = rs.wasNull() ? null : importId;
        List<String> why = finished ? problems : List.of(interrupted);
        return new ImportJob(rs.getString("id"), rs.getString("source_name"), rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(),
                new ImportProgress(0, 0, rs.getLong("lines"), rs.getLong("rejected")), true, imported,
                rs.getBoolean("already_imported"), why);
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "\u2026";
    }
}
