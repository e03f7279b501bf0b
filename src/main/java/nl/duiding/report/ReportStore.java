package nl.duiding.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import nl.duiding.story.TellerRole;

/** The council_report tables; only this module reads them. */
@Repository
class ReportStore {

    record Frozen(String snapshotJson, String html, String sha256) {
    }

    record Listed(long id, String title, long opgaveId, java.time.LocalDate from, java.time.LocalDate to,
                  boolean published, java.time.Instant publishedAt) {
    }

    private final JdbcTemplate jdbc;

    ReportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long create(ReportScope scope, String title, String createdBy) {
        Long id = jdbc.queryForObject("""
                insert into council_report (opgave_id, provider_id, district_code, period_from, period_to, title, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, scope.opgaveId(), scope.providerId(),
                scope.districtCode(), Date.valueOf(scope.from()), Date.valueOf(scope.to()), title, createdBy);
        return id == null ? -1 : id;
    }

    int updateTexts(long id, String title, String introduction, String well, String vulnerable, String absent,
                    String decisions) {
        return jdbc.update("""
                update council_report set title = ?, introduction = ?, closing_well = ?, closing_vulnerable = ?,
                       closing_absent = ?, closing_decisions = ? where id = ? and status = 'DRAFT'""",
                title, introduction, well, vulnerable, absent, decisions, id);
    }

    List<Listed> list() {
        return jdbc.query("""
                select id, title, opgave_id, period_from, period_to, status, published_at from council_report
                order by coalesce(published_at, created_at) desc, id desc limit 500""", (rs, i) -> new Listed(
                rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(),
                "PUBLISHED".equals(rs.getString(6)),
                rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()));
    }

    Optional<ReportDraft> find(long id) {
        List<ReportDraft> found = jdbc.query("""
                select id, opgave_id, provider_id, district_code, period_from, period_to, title, introduction,
                       closing_well, closing_vulnerable, closing_absent, closing_decisions, status, created_by,
                       published_at, published_by from council_report where id = ?""", (rs, i) -> draft(rs), id);
        return found.stream().findFirst();
    }

    private ReportDraft draft(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        ReportScope scope = new ReportScope(rs.getLong(2), (Long) rs.getObject(3), rs.getString(4),
                rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate());
        return new ReportDraft(id, scope, rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), "PUBLISHED".equals(rs.getString(13)), rs.getString(14),
                rs.getTimestamp(15) == null ? null : rs.getTimestamp(15).toInstant(), rs.getString(16), quotes(id));
    }

    List<ReportDraft.Quote> quotes(long reportId) {
        return jdbc.query("""
                select id, story_id, position, quoted_text, teller_role, withdrawn_at is not null
                from council_report_quote where report_id = ? order by position, id""", (rs, i) -> new ReportDraft.Quote(
                rs.getLong(1), (UUID) rs.getObject(2), rs.getInt(3), rs.getString(4), TellerRole.valueOf(rs.getString(5)),
                rs.getBoolean(6)), reportId);
    }

    void addQuote(long reportId, UUID storyId, String text, TellerRole role) {
        jdbc.update("""
                insert into council_report_quote (report_id, story_id, position, quoted_text, teller_role)
                select ?, ?, coalesce(max(position), 0) + 1, ?, ? from council_report_quote where report_id = ?""",
                reportId, storyId, text, role.name(), reportId);
    }

    int removeQuote(long reportId, long quoteId) {
        return jdbc.update("delete from council_report_quote where id = ? and report_id = ?", quoteId, reportId);
    }

    void publish(long id, String by, java.time.Instant at, Frozen frozen) {
        jdbc.update("""
                update council_report set status = 'PUBLISHED', published_by = ?, published_at = ?, snapshot = ?::jsonb,
                       html = ?, html_sha256 = ? where id = ? and status = 'DRAFT'""", by, java.sql.Timestamp.from(at),
                frozen.snapshotJson(), frozen.html(), frozen.sha256(), id);
    }

    Optional<Frozen> frozen(long id) {
        return jdbc.query("select snapshot::text, html, html_sha256 from council_report where id = ? and status = 'PUBLISHED'",
                (rs, i) -> new Frozen(rs.getString(1), rs.getString(2), rs.getString(3)), id).stream().findFirst();
    }

    /** After a withdrawal: the new snapshot and HTML of a published report, with the quote's text gone. */
    void refreeze(long id, Frozen frozen) {
        jdbc.update("update council_report set snapshot = ?::jsonb, html = ?, html_sha256 = ? where id = ?",
                frozen.snapshotJson(), frozen.html(), frozen.sha256(), id);
    }

    /** Report ids (draft or published) quoting the story. */
    List<long[]> quotesOf(UUID storyId) {
        return jdbc.query("""
                select q.report_id, q.id, case when r.status = 'PUBLISHED' then 1 else 0 end
                from council_report_quote q join council_report r on r.id = q.report_id where q.story_id = ?""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, storyId);
    }

    void markWithdrawn(long quoteId) {
        jdbc.update("update council_report_quote set story_id = null, quoted_text = '', withdrawn_at = now() where id = ?",
                quoteId);
    }

    void deleteQuote(long quoteId) {
        jdbc.update("delete from council_report_quote where id = ?", quoteId);
    }
}
