package nl.duiding.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;
import nl.duiding.framework.FrameworkDefinition.OptionDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;

/** The editor page offers "up" and "down" where they make sense, and using them changes the form order. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrameworkEditorPageTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    Frameworks frameworks;

    @Test
    void anOfficerMovesAQuestionUpOnTheEditorPage() {
        fixtures.world();
        FrameworkDefinition draft = frameworks.createDraft("Editor " + UUID.randomUUID());
        for (String code : List.of("eerste", "tweede")) {
            frameworks.addQuestion(draft.id(), new QuestionDefinition(code, QuestionKind.DYAD,
                    new LocalizedText(code, code), true, List.of(new OptionDefinition("a", new LocalizedText("a", "a")),
                    new OptionDefinition("b", new LocalizedText("b", "b")))));
        }
        HttpSession officer = new HttpSession(port);
        officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        Page page = officer.get("/beheer/kaders/" + draft.id());
        assertThat(page.document().select("input[name=richting]").eachAttr("value"))
                .as("the first question can only go down, the last only up").containsExactly("omlaag", "omhoog");

        Page moved = officer.post("/beheer/kaders/" + draft.id() + "/vragen/tweede/verplaatsen",
                List.of(Map.entry("_csrf", page.csrf()), Map.entry("richting", "omhoog")));
        assertThat(moved.status()).isEqualTo(302);
        assertThat(officer.get("/beheer/kaders/" + draft.id()).document().select("td.token").eachText())
                .containsExactly("tweede", "eerste");
    }
}
