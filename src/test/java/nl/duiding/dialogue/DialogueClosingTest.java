package nl.duiding.dialogue;

import static nl.duiding.dialogue.DialogueHttp.post;
import static nl.duiding.dialogue.DialogueHttp.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.HttpSession;
import nl.duiding.TestFixtures;
import nl.duiding.report.CouncilReports;
import nl.duiding.report.ReportScope;

/** A council report on the same opgave and period takes a dialogue's outcome as its closing section, and names it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "duiding.pseudonym.secret=test-only-pseudonym-secret-2026") // the same context as the production tests
class DialogueClosingTest {

    @LocalServerPort
    int port;
    @Autowired
    DialogueScene scenes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CouncilReports reports;

    @Test
    void aReportTakesTheDialoguesOutcomeAsItsClosing() {
        DialogueScene.Scene scene = scenes.create();
        long opgave = scene.world().opgaveId();
        HttpSession officer = signedIn(port, TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        long dialogue = DialogueHttp.create(officer, opgave, "Dialoog over wachttijden");
        post(officer, "/dialogen/" + dialogue + "/observaties", Map.entry("feedback", "VULNERABLE"),
                Map.entry("strength", "STRONG"), Map.entry("text", "Wachttijden komen in veel verhalen terug"));
        post(officer, "/dialogen/" + dialogue + "/observaties", Map.entry("feedback", "GOES_WELL"),
                Map.entry("strength", "MEDIUM"), Map.entry("text", "Ouders voelen zich gehoord"));
        long observation = jdbc.queryForObject("select id from dialogue_observation where dialogue_id = ? and feedback = 'VULNERABLE'",
                Long.class, dialogue);
        String base = "/dialogen/" + dialogue + "/observaties/" + observation;
        post(officer, base + "/duidingen", Map.entry("text", "Te weinig plekken"));
        post(officer, base + "/duidingen", Map.entry("text", "De verwijzing loopt vast"));
        post(officer, base + "/sluiten");
        post(officer, "/dialogen/" + dialogue + "/besluiten", Map.entry("observation", String.valueOf(observation)),
                Map.entry("kind", "CONTRACT"), Map.entry("text", "Wachttijd in het contractgesprek"),
                Map.entry("owner", "Contractmanager"), Map.entry("due", "2026-12-31"));

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        long report = reports.create(new ReportScope(opgave, null, null, today.minusDays(30), today), "Raadsinformatie", "test");
        String html = reports.document(report).orElseThrow().html();
        assertThat(html).contains("Ouders voelen zich gehoord (sterkte: middel).",
                "Wachttijden komen in veel verhalen terug (sterkte: sterk). Mogelijke duidingen: Te weinig plekken; De verwijzing loopt vast.",
                "contract: Wachttijd in het contractgesprek \u2014 eigenaar Contractmanager, uiterlijk 2026-12-31 (open).",
                "Dialoog over wachttijden");
        assertThat(html).as("who said what stays in the dialogue").doesNotContain("Anna Aanbieder", TestFixtures.OFFICER);

        long elsewhere = reports.create(new ReportScope(opgave, null, null, today.minusYears(3), today.minusYears(2)),
                "Lang geleden", "test");
        assertThat(reports.document(elsewhere).orElseThrow().html()).as("no dialogue overlaps that period")
                .doesNotContain("Wachttijden komen in veel verhalen terug");
    }
}
