package nl.duiding.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.duiding.HttpSession;
import nl.duiding.TestFixtures;

/**
 * Issue 17: the question-set editor has one form per question kind — only that kind's fields, options as rows
 * instead of a "code | NL | EN" syntax — and a row without a code takes one made from its Dutch label.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionFormPerKindTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    Frameworks frameworks;

    @Test
    void eachKindGetsItsOwnFormAndRowsBecomeOptions() {
        fixtures.world();
        FrameworkDefinition draft = frameworks.createDraft("Per soort " + UUID.randomUUID());
        HttpSession officer = new HttpSession(port);
        officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);

        Document triad = officer.get("/beheer/kaders/" + draft.id()).document();
        assertThat(triad.select("#question-form textarea")).as("no code | NL | EN syntax").isEmpty();
        assertThat(triad.select("#option-rows input[name=optionNl]")).hasSize(3);
        assertThat(triad.select("#question-form #xAxisNl, #question-form #scalePoints, #question-form input[name=allowOther]")).isEmpty();

        Document dyad = officer.get("/beheer/kaders/" + draft.id() + "?soort=DYAD").document();
        assertThat(dyad.select("#question-form input[name=kind]").attr("value")).isEqualTo("DYAD");
        assertThat(dyad.select("#option-rows input[name=optionNl]")).hasSize(2);
        assertThat(officer.get("/beheer/kaders/" + draft.id() + "?soort=STONES").document()
                .select("#question-form #xAxisNl, #question-form #yAxisNl")).hasSize(2);
        assertThat(officer.get("/beheer/kaders/" + draft.id() + "?soort=SCALE").document().select("#scalePoints")).hasSize(1);
        Document choice = officer.get("/beheer/kaders/" + draft.id() + "?soort=MULTIPLE_CHOICE").document();
        assertThat(choice.select("input[name=allowOther]")).hasSize(1);
        assertThat(choice.select("#option-rows input[name=optionNl]")).hasSize(8);
        assertThat(officer.get("/beheer/kaders/" + draft.id() + "?soort=TEXT").document().select("#option-rows")).isEmpty();
        assertThat(officer.get("/beheer/kaders/" + draft.id() + "?soort=%3Cx%3E").document()
                .select("#question-form input[name=kind]").attr("value")).as("an unknown kind is a triad").isEqualTo("TRIAD");

        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("_csrf", dyad.select("#question-form input[name=_csrf]").attr("value")),
                Map.entry("kind", "DYAD"), Map.entry("code", "regie"), Map.entry("promptNl", "Wie besliste?"),
                Map.entry("promptEn", "Who decided?"), Map.entry("required", "true"),
                Map.entry("optionNl", "De hulp besliste"), Map.entry("optionEn", "The service decided"), Map.entry("optionCode", ""),
                Map.entry("optionNl", "Ik besliste zélf"), Map.entry("optionEn", "I decided"), Map.entry("optionCode", "zelf")));
        HttpSession.Page added = officer.post("/beheer/kaders/" + draft.id() + "/vragen", fields);
        assertThat(added.status()).isEqualTo(302);
        FrameworkDefinition.QuestionDefinition q = frameworks.definition(draft.id()).orElseThrow().question("regie").orElseThrow();
        assertThat(q.options()).extracting(FrameworkDefinition.OptionDefinition::code).containsExactly("de_hulp_besliste", "zelf");
        assertThat(q.options().get(1).label()).isEqualTo(new LocalizedText("Ik besliste zélf", "I decided"));

        // three rows for a dyad: refused, and the form comes back with what was typed
        fields.addAll(List.of(Map.entry("optionNl", "Samen"), Map.entry("optionEn", "Together"), Map.entry("optionCode", "")));
        fields.set(2, Map.entry("code", "regie2"));
        HttpSession.Page refused = officer.post("/beheer/kaders/" + draft.id() + "/vragen", fields);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.document().select("#option-rows .field-error")).hasSize(1);
        assertThat(refused.document().select("#option-rows input[name=optionNl]").eachAttr("value"))
                .containsExactly("De hulp besliste", "Ik besliste zélf", "Samen");
    }

    @Test
    void codesMadeFromLabelsAreValid() {
        assertThat(QuestionForm.codeFrom("Wat ik zélf kon!")).isEqualTo("wat_ik_zelf_kon");
        assertThat(QuestionForm.codeFrom("12 tot 18")).isEqualTo("o_12_tot_18");
        assertThat(QuestionForm.codeFrom("€")).isEmpty();
    }
}
