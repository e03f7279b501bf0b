package nl.duiding.dialogue;

import static nl.duiding.dialogue.DialogueHttp.post;
import static nl.duiding.dialogue.DialogueHttp.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.nodes.Document;
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
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * Pinned material stays inside the dialogue: its months, and one of its districts when a district is chosen; a
 * district outside the dialogue is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the flows of a dialogue on a handful of stories: the minimum number of tellers (ADR 0017) is tested apart
        properties = {"duiding.pseudonym.secret=test-only-pseudonym-secret-2026", "duiding.disclosure.min-tellers=1"})
class DialogueDistrictsTest {

    @LocalServerPort
    int port;
    @Autowired
    DialogueScene scenes;
    @Autowired
    OpgaveCatalog catalog;
    @Autowired
    StoryIntake intake;
    @Autowired
    StoryQueries queries;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void materialStaysWithinTheDialoguesMonthsAndDistricts() {
        DialogueScene.Scene scene = scenes.create();
        scenes.declare(scene); // two clients, € 175,00 each, in March, district WK050501
        catalog.saveDistrict("WK050502", "Noord", "0505");
        TestFixtures.World world = scene.world();
        intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(), scene.providerId(),
                "WK050501", TellerRole.CLIENT, "In de buurt", "De buurtcoach kwam langs.", "nl", true, true, true,
                List.of(new Answer.Triad("wat_hielp", 0.2, 0.2, 0.6), new Answer.Dyad("regie", 0.5),
                        new Answer.Choice("thema", Set.of())), UUID.randomUUID(), null));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                queries.insights(StoryFilter.opgave(world.opgaveId()), List.of(), 0).total() == 5);
        HttpSession officer = signedIn(port, TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        LocalDate today = LocalDate.now();
        long dialogue = create(officer, world.opgaveId(), today.withDayOfYear(1), today);

        Document form = officer.get("/dialogen/" + dialogue).document();
        assertThat(form.select("#pin-triad-district option").eachAttr("value")).containsExactly("", "WK050501");

        // a district the dialogue is not about is refused
        post(officer, "/dialogen/" + dialogue + "/materiaal", Map.entry("kind", "TRIAD_CHART"), Map.entry("triad", "wat_hielp"),
                Map.entry("district", "WK050502"));
        post(officer, "/dialogen/" + dialogue + "/materiaal", Map.entry("kind", "COLD_FIGURES"), Map.entry("district", "WK050502"));
        assertThat(materialCount(dialogue)).isZero();

        // the dialogue's district: only the story told there, and the lines declared there
        post(officer, "/dialogen/" + dialogue + "/materiaal", Map.entry("kind", "TRIAD_CHART"), Map.entry("triad", "wat_hielp"),
                Map.entry("district", "WK050501"));
        post(officer, "/dialogen/" + dialogue + "/materiaal", Map.entry("kind", "COLD_FIGURES"), Map.entry("district", "WK050501"));
        Document page = officer.get("/dialogen/" + dialogue).document();
        assertThat(page.select("li.kind-TRIAD_CHART .answers").text()).as("one answer, as the policy writes it").isEqualTo("< 8");
        assertThat(jdbc.queryForObject("select snapshot->>'answers' from dialogue_material where dialogue_id = ? and kind = 'TRIAD_CHART'",
                String.class, dialogue)).isEqualTo("1");
        assertThat(page.select("li.kind-TRIAD_CHART .scope").text()).contains("Binnenstad");
        assertThat(page.select("li.kind-COLD_FIGURES .amount").text()).contains("350,00");
        // frozen through the disclosure policy (issue 13): two clients are "< 8", as none would be
        assertThat(page.select("li.kind-COLD_FIGURES .clients").text()).isEqualTo("< 8");

        // a dialogue about January and February: the March declarations and today's stories are outside it
        long winter = create(officer, world.opgaveId(), LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 2, 28));
        post(officer, "/dialogen/" + winter + "/materiaal", Map.entry("kind", "TRIAD_CHART"), Map.entry("triad", "wat_hielp"));
        post(officer, "/dialogen/" + winter + "/materiaal", Map.entry("kind", "COLD_FIGURES"), Map.entry("district", "WK050501"));
        Document early = officer.get("/dialogen/" + winter).document();
        assertThat(early.select("li.kind-TRIAD_CHART .answers").text()).isEqualTo("0");
        assertThat(early.select("li.kind-COLD_FIGURES .clients").text()).isEqualTo("< 8");
        assertThat(early.select("li.kind-COLD_FIGURES .amount").text()).endsWith(" 0,00");
    }

    private int materialCount(long dialogue) {
        return jdbc.queryForObject("select count(*) from dialogue_material where dialogue_id = ?", Integer.class, dialogue);
    }

    private static long create(HttpSession officer, long opgaveId, LocalDate start, LocalDate end) {
        Page created = post(officer, "/dialogen", Map.entry("opgave", String.valueOf(opgaveId)), Map.entry("title", "Wijkdialoog"),
                Map.entry("periodStart", start.toString()), Map.entry("periodEnd", end.toString()),
                Map.entry("districts", "WK050501"));
        assertThat(created.status()).isEqualTo(302);
        return Long.parseLong(created.location().replaceAll(".*/dialogen/", ""));
    }
}
