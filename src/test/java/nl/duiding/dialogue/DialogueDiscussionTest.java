package nl.duiding.dialogue;

import static nl.duiding.dialogue.DialogueHttp.pin;
import static nl.duiding.dialogue.DialogueHttp.post;
import static nl.duiding.dialogue.DialogueHttp.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * Observations need two competing interpretations before they close and lead to decisions; the next dialogue on
 * the opgave starts with the open decisions and the beweging; the outcome API groups it for the council report;
 * snapshots stay frozen, and a withdrawn story leaves every dialogue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the flows of a dialogue on a handful of stories: the minimum number of tellers (ADR 0017) is tested apart
        properties = {"duiding.pseudonym.secret=test-only-pseudonym-secret-2026", "duiding.disclosure.min-tellers=1"})
class DialogueDiscussionTest {

    @LocalServerPort
    int port;
    @Autowired
    DialogueScene scenes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DialogueOutcomes outcomes;
    @Autowired
    StoryIntake intake;
    @Autowired
    StoryQueries queries;

    DialogueScene.Scene scene;
    HttpSession officer;
    HttpSession provider;
    long dialogue;

    @BeforeEach
    void setUp() {
        scene = scenes.create();
        officer = signedIn(port, TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        provider = signedIn(port, scene.providerUser(), DialogueScene.PASSWORD);
        dialogue = DialogueHttp.create(officer, scene.world().opgaveId(), "Najaarsdialoog");
        post(officer, "/dialogen/" + dialogue + "/deelnemers", Map.entry("username", scene.providerUser()));
    }

    @Test
    void anObservationClosesAndLeadsToADecisionOnlyWithTwoInterpretations() {
        post(officer, "/dialogen/" + dialogue + "/observaties", Map.entry("feedback", "VULNERABLE"),
                Map.entry("strength", "STRONG"), Map.entry("text", "Wachttijden komen in veel verhalen terug"));
        long observation = jdbc.queryForObject("select id from dialogue_observation where dialogue_id = ?", Long.class, dialogue);
        String base = "/dialogen/" + dialogue + "/observaties/" + observation;

        Page refused = post(officer, base + "/sluiten");
        assertThat(officer.follow(refused).document().select("#error").text()).contains("minstens 2 duidingen");
        post(officer, base + "/duidingen", Map.entry("text", "Te weinig plekken bij de aanbieders"));
        post(officer, base + "/sluiten");
        assertThat(isClosed(observation)).isFalse();
        post(officer, "/dialogen/" + dialogue + "/besluiten", Map.entry("observation", String.valueOf(observation)),
                Map.entry("kind", "CONTRACT"), Map.entry("text", "Te vroeg"), Map.entry("owner", "Bea"));
        assertThat(decisionCount(dialogue)).isZero();

        post(provider, base + "/duidingen", Map.entry("text", "De verwijzing loopt vast in de wijkteams"));
        post(officer, base + "/sluiten");
        assertThat(isClosed(observation)).isTrue();
        assertThat(post(provider, base + "/duidingen", Map.entry("text", "Nog een")).status()).isEqualTo(302);
        assertThat(interpretations(observation)).isEqualTo(2);

        post(officer, "/dialogen/" + dialogue + "/besluiten", Map.entry("observation", String.valueOf(observation)),
                Map.entry("kind", "CONTRACT"), Map.entry("text", "Wachttijd als gespreksonderwerp in het contractgesprek"),
                Map.entry("owner", "Contractmanager"), Map.entry("due", "2026-12-31"));
        post(provider, "/dialogen/" + dialogue + "/ontwikkelingen", Map.entry("text", "Krapte op de arbeidsmarkt"));
        assertThat(decisionCount(dialogue)).isEqualTo(1);

        Document page = officer.get("/dialogen/" + dialogue).document();
        assertThat(page.select("#feedback-VULNERABLE .observation .text").first().text()).isEqualTo("Wachttijden komen in veel verhalen terug");
        assertThat(page.select("#feedback-VULNERABLE .interpretations li")).hasSize(2);
        assertThat(page.select("#feedback-VULNERABLE .interpretations li").get(1).text())
                .contains("Anna Aanbieder", "aanbieder", "Testaanbieder");
        assertThat(page.select("#decision-list li").text()).contains("contract", "Contractmanager", "31-12-2026", "open");

        DialogueOutcome outcome = outcomes.of(dialogue).orElseThrow();
        assertThat(outcome.vulnerable()).singleElement().satisfies(o -> {
            assertThat(o.closed()).isTrue();
            assertThat(o.strength()).isEqualTo(Strength.STRONG);
            assertThat(o.interpretations()).extracting(DialogueOutcome.Interpretation::text)
                    .containsExactly("Te weinig plekken bij de aanbieders", "De verwijzing loopt vast in de wijkteams");
            assertThat(o.interpretations().get(1).by().role()).isEqualTo("PROVIDER");
        });
        assertThat(outcome.goesWell()).isEmpty();
        assertThat(outcome.absent()).isEmpty();
        assertThat(outcome.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.CONTRACT);
            assertThat(d.status()).isEqualTo(DecisionStatus.OPEN);
            assertThat(d.observationId()).isEqualTo(observation);
        });
        assertThat(outcome.externalDevelopments()).extracting(DialogueOutcome.Development::text).containsExactly("Krapte op de arbeidsmarkt");
        assertThat(outcomes.forOpgave(scene.world().opgaveId())).extracting(DialogueOutcomes.DialogueSummary::id).containsExactly(dialogue);
    }

    @Test
    void theNextDialogueStartsWithTheOpenDecisionsAndWhatTheDataDidSince() {
        post(officer, "/dialogen/" + dialogue + "/besluiten", Map.entry("kind", "PRACTICE"),
                Map.entry("text", "Ouders vaker aan tafel bij het plan"), Map.entry("owner", "Aanbieder"));
        post(officer, "/dialogen/" + dialogue + "/besluiten", Map.entry("kind", "OPGAVE"),
                Map.entry("text", "Al afgerond besluit"), Map.entry("owner", "Gemeente"));
        long done = jdbc.queryForObject("select id from dialogue_decision where dialogue_id = ? and kind = 'OPGAVE'", Long.class, dialogue);
        post(officer, "/dialogen/" + dialogue + "/besluiten/" + done + "/status", Map.entry("status", "DONE"));
        tellOneMore();
        scenes.declare(scene);
        // the provider pins its own cold figures, declared since the dialogue began
        assertThat(pin(provider, dialogue, "COLD_FIGURES", Map.entry("provider", String.valueOf(scene.providerId()))).status())
                .isEqualTo(302);
        Document own = provider.get("/dialogen/" + dialogue).document();
        assertThat(own.select("li.kind-COLD_FIGURES .amount").text()).contains("350,00");
        // frozen through the disclosure policy (issue 13): two clients are "< 8"
        assertThat(own.select("li.kind-COLD_FIGURES .clients").text()).isEqualTo("< 8");

        long next = DialogueHttp.create(officer, scene.world().opgaveId(), "Voorjaarsdialoog volgend jaar");
        Document page = officer.get("/dialogen/" + next).document();
        assertThat(page.select("#open-decisions li .text").eachText()).containsExactly("Ouders vaker aan tafel bij het plan");
        // through the disclosure policy (issue 13): four and five stories, none and two clients are all "< 8"
        assertThat(page.select("#movement-stories td").eachText()).containsExactly("< 8", "< 8");
        assertThat(page.select("#movement-amount td").eachText()).satisfiesExactly(
                then -> assertThat(then).endsWith(" 0,00"), now -> assertThat(now).endsWith("350,00"));
        assertThat(page.select("#movement-clients td").eachText()).containsExactly("< 8", "< 8");
        assertThat(page.select("#movement-table tbody tr")).hasSizeGreaterThanOrEqualTo(4);

        long open = jdbc.queryForObject("select id from dialogue_decision where dialogue_id = ? and kind = 'PRACTICE'", Long.class, dialogue);
        Page marked = post(officer, "/dialogen/" + dialogue + "/besluiten/" + open + "/status", Map.entry("status", "DONE"),
                Map.entry("back", String.valueOf(next)));
        assertThat(marked.location()).endsWith("/dialogen/" + next + "#beweging");
        assertThat(officer.get("/dialogen/" + next).document().select("#open-decisions li")).isEmpty();
        assertThat(jdbc.queryForObject("select done_by from dialogue_decision where id = ?", String.class, open)).isEqualTo(TestFixtures.OFFICER);
        // a decision of another dialogue cannot be changed through this one
        assertThat(post(officer, "/dialogen/" + next + "/besluiten/" + open + "/status", Map.entry("status", "OPEN")).status()).isEqualTo(404);
    }

    @Test
    void aPinnedChartStaysFrozenWhileItsLiveViewMoves() {
        pin(officer, dialogue, "TRIAD_CHART", Map.entry("triad", "wat_hielp"));
        tellOneMore();
        Document page = officer.get("/dialogen/" + dialogue).document();
        // four answers frozen (below), shown as the disclosure policy writes a small count (issue 13)
        assertThat(page.select("#material-list .answers").text()).isEqualTo("< 8");
        long item = jdbc.queryForObject("select id from dialogue_material where dialogue_id = ?", Long.class, dialogue);
        Page svg = officer.get("/dialogen/" + dialogue + "/materiaal/" + item + "/svg");
        assertThat(svg.status()).isEqualTo(200);
        // aggregates only, also for the providers in the dialogue: no mark per teller (issue 13)
        assertThat(svg.document().select("circle")).isEmpty();
        // the live view shows the dialogue's months
        assertThat(page.select("#materiaal-" + item + " a.live").attr("href")).endsWith("/dashboard/opgave/"
                + scene.world().opgaveId() + "?van=" + java.time.YearMonth.now().withMonth(1) + "&tot=" + java.time.YearMonth.now());
        assertThat(jdbc.queryForObject("select snapshot->>'answers' from dialogue_material where id = ?", String.class, item)).isEqualTo("4");
        Document english = officer.get("/dialogen/" + dialogue + "?lang=en").document();
        assertThat(english.select("h2").eachText()).contains("Material", "Observations and interpretations", "Actions and decisions");
        assertThat(english.select("#feedback-ABSENT h3").text()).isEqualTo("What is remarkably absent");
        officer.get("/dialogen/" + dialogue + "?lang=nl");
        Document summary = officer.get("/dialogen/" + dialogue + "/materiaal/" + item + "/afdruk").document();
        assertThat(summary.select("img.frozen-svg").attr("src")).endsWith("/materiaal/" + item + "/svg");
        assertThat(summary.select("link[rel=stylesheet]").eachAttr("href")).anyMatch(h -> h.matches(".*/dialogue-print(-[0-9a-f]{32})?\\.css"));
    }

    @Test
    void aWithdrawnStoryLeavesEveryDialogue() {
        pin(officer, dialogue, "STORY", Map.entry("story", scene.sharedStory().toString()));
        assertThat(officer.get("/dialogen/" + dialogue + "/verhaalkaarten").document().select(".story-card h2").eachText())
                .containsExactly("Eindelijk rust aan tafel");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'DIALOGUE_STORIES' and object_id = ?",
                Integer.class, String.valueOf(dialogue))).isPositive();
        assertThat(intake.withdraw(scene.sharedReceipt())).isTrue();
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from dialogue_material where story_id = ?", Integer.class, scene.sharedStory()) == 0);
        assertThat(officer.get("/dialogen/" + dialogue + "/verhaalkaarten").document().select(".story-card")).isEmpty();
    }

    private void tellOneMore() {
        intake.submit(new SubmitStory(scene.world().collection().id(), scene.world().opgaveId(), scene.world().framework().id(),
                scene.providerId(), null, TellerRole.PARENT, "Later verhaal", "Het ging beter.", "nl", true, false, true,
                List.of(new Answer.Triad("wat_hielp", 0.1, 0.1, 0.8), new Answer.Dyad("regie", 0.5),
                        new Answer.Choice("thema", Set.of())), UUID.randomUUID(), null));
        await().atMost(Duration.ofSeconds(15)).until(() -> queries.insights(StoryFilter.opgave(scene.world().opgaveId()), List.of(), 0).total() == 5);
    }

    private boolean isClosed(long observation) {
        return jdbc.queryForObject("select closed_at is not null from dialogue_observation where id = ?", Boolean.class, observation);
    }

    private int interpretations(long observation) {
        return jdbc.queryForObject("select count(*) from dialogue_interpretation where observation_id = ?", Integer.class, observation);
    }

    private int decisionCount(long id) {
        return jdbc.queryForObject("select count(*) from dialogue_decision where dialogue_id = ?", Integer.class, id);
    }
}
