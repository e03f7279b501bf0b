package nl.duiding.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.duiding.framework.FrameworkDefinition.OptionDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;

/** Drafts, publishing and versions against the real database. */
@SpringBootTest
class FrameworkVersionsTest {

    @Autowired
    Frameworks frameworks;

    @Test
    void aPublishedVersionIsImmutableAndEditingMakesANewVersion() {
        String name = "Versies " + UUID.randomUUID();
        FrameworkDefinition draft = frameworks.createDraft(name);
        frameworks.addQuestion(draft.id(), dyad("regie", "a", "b"));
        frameworks.addQuestion(draft.id(), dyad("tempo", "langzaam", "snel"));
        FrameworkDefinition v1 = frameworks.publishDraft(draft.id());
        assertThat(v1.published()).isTrue();
        assertThatThrownBy(() -> frameworks.addQuestion(v1.id(), dyad("extra", "a", "b")))
                .isInstanceOf(IllegalStateException.class);

        FrameworkDefinition v2 = frameworks.newVersion(v1.id());
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.published()).isFalse();
        frameworks.removeQuestion(v2.id(), "tempo");
        frameworks.addQuestion(v2.id(), dyad("tempo", "traag", "vlug"));
        frameworks.publishDraft(v2.id());

        assertThat(frameworks.definition(v1.id()).orElseThrow().questions()).extracting(QuestionDefinition::code)
                .containsExactly("regie", "tempo");
        // "regie" did not change, so analysis may follow it across both versions; "tempo" did change
        assertThat(frameworks.versionsAsking(v2.id(), "regie")).containsExactlyInAnyOrder(v1.id(), v2.id());
        assertThat(frameworks.versionsAsking(v2.id(), "tempo")).containsExactly(v2.id());
    }

    @Test
    void aDraftsQuestionsCanBeReorderedAndAPublishedVersionsCannot() {
        FrameworkDefinition draft = frameworks.createDraft("Volgorde " + UUID.randomUUID());
        for (String code : List.of("een", "twee", "drie")) {
            frameworks.addQuestion(draft.id(), dyad(code, "a", "b"));
        }
        frameworks.moveQuestion(draft.id(), "drie", -1);
        frameworks.moveQuestion(draft.id(), "een", -1);
        frameworks.moveQuestion(draft.id(), "drie", -1);
        assertThat(frameworks.definition(draft.id()).orElseThrow().questions()).extracting(QuestionDefinition::code)
                .as("moving the first question up changes nothing").containsExactly("drie", "een", "twee");
        frameworks.moveQuestion(draft.id(), "twee", 1);
        frameworks.moveQuestion(draft.id(), "drie", 1);
        assertThat(frameworks.definition(draft.id()).orElseThrow().questions()).extracting(QuestionDefinition::code)
                .containsExactly("een", "drie", "twee");

        FrameworkDefinition published = frameworks.publishDraft(draft.id());
        assertThatThrownBy(() -> frameworks.moveQuestion(published.id(), "twee", -1))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyLawHasAStarterWithTheBuiltInQuestions() {
        for (String law : List.of("JEUGDWET", "WMO", "WLZ")) {
            FrameworkDefinition starter = frameworks.starterFor(law);
            assertThat(starter.published()).isTrue();
            assertThat(starter.questions()).extracting(QuestionDefinition::code)
                    .contains("wat_hielp", "regie", "thema", "gevoel", "leeftijd");
            assertThat(starter.questions()).allSatisfy(q -> assertThat(q.prompt().en()).isNotBlank());
            assertThat(frameworks.starterFor(law).id()).isEqualTo(starter.id());
        }
    }

    private static QuestionDefinition dyad(String code, String left, String right) {
        return new QuestionDefinition(code, QuestionKind.DYAD, new LocalizedText(code + "?", code + "?"), true,
                List.of(new OptionDefinition(left, new LocalizedText(left, left)),
                        new OptionDefinition(right, new LocalizedText(right, right))));
    }
}
