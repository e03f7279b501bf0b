package nl.duiding.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.HttpSession;
import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditQuery;
import nl.duiding.collection.OpgaveQuestions;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;

/**
 * Issue 17: a newcomer to the demo meets no empty state — a dialogue with observations, interpretations and
 * decisions, a published council report whose closing is that dialogue's outcome, and answers to every question
 * of every opgave (the age question too).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"duiding.test.fresh-database=true", "spring.profiles.active=demo", "duiding.demo.stories=600"})
class DemoOutcomesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OpgaveCatalog catalog;
    @Autowired
    OpgaveQuestions questions;
    @Autowired
    AuditLog audit;

    @Test
    void theDemoHasADialogueWithItsOutcomeAndAPublishedReport() {
        HttpSession officer = new HttpSession(port);
        officer.login("beleid", "bea-demo-2026");
        long dialogue = jdbc.queryForObject("select id from dialogue", Long.class);
        Document page = officer.get("/dialogen/" + dialogue).document();
        assertThat(page.text()).contains("Ouders vertellen vaker dat ze zelf beslisten over de hulp.",
                "Wachttijden voor specialistische hulp komen in veel verhalen terug.",
                "Afspraken over maximale wachttijd voor behandeling opnemen in het contract.");
        assertThat(jdbc.queryForObject("select count(*) from dialogue_observation where dialogue_id = ? and closed_at is not null",
                Integer.class, dialogue)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from dialogue_decision where dialogue_id = ?", Integer.class, dialogue))
                .isEqualTo(3);
        assertThat(audit.search(new AuditQuery("beleid", "DIALOGUE", String.valueOf(dialogue), AuditAction.CREATE, null, null), 10))
                .as("the audit log names the demo's officer, not an anonymous teller").hasSize(1);
        HttpSession provider = new HttpSession(port);
        provider.login("aanbieder", "aad-demo-2026");
        assertThat(provider.get("/dialogen/" + dialogue).status()).as("the provider user takes part").isEqualTo(200);

        long report = jdbc.queryForObject("select id from council_report where published_at is not null", Long.class);
        assertThat(officer.get("/rapporten").document().select("tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains(DemoOutcomes.REPORT_TITLE, "Gepubliceerd"));
        Document document = officer.get("/rapporten/" + report + "/document").document();
        assertThat(document.text()).as("the closing is the dialogue's outcome")
                .contains("Wachttijden voor specialistische hulp komen in veel verhalen terug.");
    }

    @Test
    void everyQuestionOfEveryOpgaveHasAnswers() {
        List<String> unanswered = new ArrayList<>();
        for (OpgaveView opgave : catalog.opgaven()) {
            for (String code : questions.all(opgave.id()).keySet()) {
                long answers = jdbc.queryForObject("select count(*) from story_answer a join story s on s.id = a.story_id "
                        + "where s.opgave_id = ? and a.question_code = ? and a.kind <> 'NA'", Long.class, opgave.id(), code);
                if (answers == 0) {
                    unanswered.add(opgave.name() + ": " + code);
                }
            }
        }
        assertThat(unanswered).isEmpty();
        HttpSession officer = new HttpSession(port);
        officer.login("beleid", "bea-demo-2026");
        long youth = catalog.opgaven().getFirst().id();
        assertThat(officer.get("/dashboard/opgave/" + youth).document().text()).contains("Hoe oud is de persoon om wie het gaat?");
    }
}
