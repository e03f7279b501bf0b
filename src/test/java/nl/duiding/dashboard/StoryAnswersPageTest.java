package nl.duiding.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

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
import nl.duiding.TestFixtures;
import nl.duiding.browser.AllKinds;
import nl.duiding.framework.Frameworks;
import nl.duiding.identity.Role;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * Issue 17: a story page shows the teller's own answers, one small chart or text per question in the framework's
 * order; written answers masked as stored and escaped; nobody who could not read the story page before can now.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoryAnswersPageTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    Frameworks frameworks;
    @Autowired
    StoryIntake intake;
    @Autowired
    JdbcTemplate jdbc;

    TestFixtures.World world;
    String storyId;

    @BeforeEach
    void setUp() {
        world = fixtures.world(AllKinds.publish(frameworks, "Alle soorten " + UUID.randomUUID()));
        UUID key = UUID.randomUUID();
        intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(), world.providerId(),
                null, TellerRole.CLIENT, "Mijn verhaal", "Het ging beter met de hulp van het wijkteam.", "nl", true, false,
                false, List.of(new Answer.Triad("hielp", 0.2, 0.3, 0.5), new Answer.Dyad("regie", 0.75),
                        new Answer.Stones("plek", Map.of("school", new Answer.Position(0.1, 0.9))),
                        new Answer.Choice("gevoel", Set.of("boos")), new Answer.Choice("thema", Set.of("werk")),
                        new Answer.Other("thema", "<b>de sportclub</b>"), new Answer.Scale("cijfer", 6),
                        new Answer.Text("les", "<script>alert(1)</script> bel 06-12345678"),
                        new Answer.NotApplicable("weken")), key, null));
        storyId = jdbc.queryForObject("select id::text from story where idempotency_key = ?", String.class, key);
    }

    @Test
    void theStoryPageDrawsEveryAnswerOfTheTeller() {
        HttpSession officer = new HttpSession(port);
        officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        HttpSession.Page page = officer.get("/dashboard/verhaal/" + storyId);
        assertThat(page.status()).isEqualTo(200);
        Document doc = page.document();

        assertThat(doc.select("#answers li.answer").eachAttr("id")).containsExactly("answer-hielp", "answer-regie",
                "answer-plek", "answer-gevoel", "answer-thema", "answer-cijfer", "answer-les", "answer-weken");
        // the triad point on the dashboard's geometry: 0.2·(200,40) + 0.3·(40,317.1) + 0.5·(360,317.1)
        assertThat(doc.select("#answer-hielp svg circle").attr("cx")).isEqualTo("232.0");
        assertThat(doc.select("#answer-hielp .shares li").eachText())
                .containsExactly("Antwoord eigen: 20%", "Antwoord netwerk: 30%", "Antwoord hulp: 50%");
        assertThat(doc.select("#answer-regie svg circle.own").attr("cx")).isEqualTo("235.0");
        assertThat(doc.select("#answer-regie .poles").text()).isEqualTo("Antwoord hulp 75 van 100 Antwoord zelf");
        assertThat(doc.select("#answer-plek tbody tr").eachText()).containsExactly("Antwoord school 10 90");
        assertThat(doc.select("#answer-plek svg rect.mean").attr("x")).isEqualTo("54.0");
        assertThat(doc.select("#answer-gevoel .chosen li").eachText()).containsExactly("Antwoord boos");
        assertThat(doc.select("#answer-thema .chosen li").eachText()).containsExactly("Antwoord werk");
        assertThat(doc.select("#answer-thema .other q").text()).isEqualTo("<b>de sportclub</b>");
        assertThat(doc.select("#answer-cijfer .poles strong").text()).isEqualTo("6 / 7");
        assertThat(doc.select("#answer-cijfer svg line.tick")).hasSize(7);
        assertThat(doc.select("#answer-les blockquote").text()).isEqualTo("<script>alert(1)</script> bel [TELEFOON]");
        assertThat(doc.select("#answer-weken .not-applicable").text()).isEqualTo("Past niet bij dit verhaal");
        assertThat(doc.select("#answers script, #answers b")).as("user text is escaped").isEmpty();
        assertThat(page.document().outerHtml()).doesNotContain("06-12345678");

        assertThat(officer.get("/dashboard/verhaal/" + storyId + "?lang=en").document().select("#h-answers").text())
                .isEqualTo("How the teller signified this story");
    }

    @Test
    void onlyThoseWhoCouldReadTheStoryPageSeeTheAnswers() {
        fixtures.accounts().createIfAbsent("test-answers-aanbieder", "Aanbieder", "test-answers-Wachtwoord-1",
                Role.PROVIDER, Set.of(world.providerId()));
        fixtures.accounts().createIfAbsent("test-answers-griffie", "Griffie", "test-answers-Wachtwoord-1",
                Role.GRIFFIE, Set.of());
        for (String user : List.of("test-answers-aanbieder", "test-answers-griffie")) {
            HttpSession session = new HttpSession(port);
            session.login(user, "test-answers-Wachtwoord-1");
            HttpSession.Page page = session.get("/dashboard/verhaal/" + storyId);
            assertThat(page.status()).as(user).isEqualTo(403);
            assertThat(page.document().text()).as(user).doesNotContain("[TELEFOON]", "sportclub");
        }
        HttpSession.Page anonymous = new HttpSession(port).get("/dashboard/verhaal/" + storyId);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login");
    }
}
