package nl.duiding.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.FrameworkDefinition.OptionDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.framework.LocalizedText;
import nl.duiding.framework.QuestionKind;

/** The server-side rules, without Spring. */
class StoryValidatorTest {

    static final FrameworkDefinition FRAMEWORK = new FrameworkDefinition(1, "Test", 1, List.of(
            new QuestionDefinition("t", QuestionKind.TRIAD, text("triade"), true,
                    List.of(option("a"), option("b"), option("c"))),
            new QuestionDefinition("d", QuestionKind.DYAD, text("dyade"), true, List.of(option("l"), option("r"))),
            new QuestionDefinition("m", QuestionKind.MULTIPLE_CHOICE, text("keuze"), false,
                    List.of(option("x"), option("y")))));

    @Test
    void aCompleteStoryPasses() {
        assertThat(validate(story(List.of(triad(0.2, 0.3, 0.5), dyad(0.4), choice("x"))))).isEmpty();
    }

    @Test
    void triadSharesMaySumToOneWithinTheTolerance() {
        assertThat(validate(story(List.of(triad(0.3333, 0.3333, 0.3333), dyad(0.4))))).isEmpty();
        assertThat(validate(story(List.of(triad(0.3, 0.3, 0.3), dyad(0.4)))))
                .containsEntry("answer.t", "story.error.triad.sum");
    }

    @Test
    void negativeOrNaNSharesAreOutOfRange() {
        assertThat(validate(story(List.of(triad(-0.1, 0.6, 0.5), dyad(0.4))))).containsEntry("answer.t", "story.error.triad.range");
        assertThat(validate(story(List.of(triad(Double.NaN, 0.5, 0.5), dyad(0.4))))).containsEntry("answer.t", "story.error.triad.range");
    }

    @Test
    void slidersStayWithinZeroAndOne() {
        assertThat(validate(story(List.of(triad(0, 0, 1), dyad(1.01))))).containsEntry("answer.d", "story.error.dyad.range");
        assertThat(validate(story(List.of(triad(0, 0, 1), dyad(0))))).isEmpty();
    }

    @Test
    void requiredQuestionsMustBeAnsweredAndOptionalOnesNeedNot() {
        Map<String, String> errors = validate(story(List.of()));
        assertThat(errors).containsEntry("answer.t", "story.error.question.required")
                .containsEntry("answer.d", "story.error.question.required").doesNotContainKey("answer.m");
    }

    @Test
    void unknownQuestionsOptionsAndKindsAreRejected() {
        assertThat(validate(story(List.of(triad(0, 0, 1), dyad(0.5), new Answer.Dyad("zz", 0.5)))))
                .containsEntry("answers", "story.error.question.unknown");
        assertThat(validate(story(List.of(triad(0, 0, 1), dyad(0.5), choice("nope")))))
                .containsEntry("answer.m", "story.error.choice.unknown");
        assertThat(validate(story(List.of(triad(0, 0, 1), new Answer.Choice("d", Set.of("l"))))))
                .containsEntry("answer.d", "story.error.question.kind");
    }

    @Test
    void textsAreRequiredAndBounded() {
        SubmitStory longTitle = withTexts("x".repeat(201), "verhaal");
        SubmitStory longBody = withTexts("titel", "x".repeat(20_001));
        assertThat(validate(withTexts(" ", ""))).containsEntry("title", "story.error.title.required")
                .containsEntry("body", "story.error.body.required");
        assertThat(validate(longTitle)).containsEntry("title", "story.error.title.tooLong");
        assertThat(validate(longBody)).containsEntry("body", "story.error.body.tooLong");
        assertThat(validate(withTexts("x".repeat(200), "x".repeat(20_000)))).isEmpty();
    }

    @Test
    void unknownProvidersAndDistrictsAreRejected() {
        SubmitStory s = new SubmitStory(1, 1, 1, 99L, "WK999999", TellerRole.CLIENT, "titel", "verhaal", "nl", true,
                false, false, List.of(triad(0, 0, 1), dyad(0.5)), UUID.randomUUID(), Instant.now());
        assertThat(validate(s)).containsEntry("providerId", "story.error.provider.unknown")
                .containsEntry("districtCode", "story.error.district.unknown");
    }

    @Test
    void errorsComeInTheOrderTheFieldsStandOnTheForm() {
        // answers handed in last question first; consent missing; everything else wrong too
        SubmitStory s = new SubmitStory(1, 1, 1, 99L, "WK999999", null, " ", "", "nl", false, false, false,
                List.of(choice("nope"), dyad(1.5), triad(0.3, 0.3, 0.3)), UUID.randomUUID(), Instant.now());
        Map<String, String> errors = validate(s);
        assertThat(errors.keySet()).containsExactly("role", "title", "body", "providerId", "districtCode", "answer.t",
                "answer.d", "answer.m", "consentAnalysis");
        assertThat(new StoryRejectedException(errors).errors().keySet()).as("the exception keeps the order")
                .containsExactlyElementsOf(errors.keySet());
    }

    private static Map<String, String> validate(SubmitStory s) {
        return StoryValidator.validate(s, FRAMEWORK, id -> id == 7L, code -> code.equals("WK050501"));
    }

    private static SubmitStory story(List<Answer> answers) {
        return new SubmitStory(1, 1, 1, 7L, "WK050501", TellerRole.CLIENT, "titel", "verhaal", "nl", true, false, false,
                answers, UUID.randomUUID(), Instant.now());
    }

    private static SubmitStory withTexts(String title, String body) {
        return new SubmitStory(1, 1, 1, null, null, TellerRole.PROFESSIONAL, title, body, "nl", true, false, false,
                List.of(triad(0, 0, 1), dyad(0.5)), UUID.randomUUID(), Instant.now());
    }

    private static Answer triad(double a, double b, double c) {
        return new Answer.Triad("t", a, b, c);
    }

    private static Answer dyad(double v) {
        return new Answer.Dyad("d", v);
    }

    private static Answer choice(String option) {
        return new Answer.Choice("m", Set.of(option));
    }

    private static LocalizedText text(String s) {
        return new LocalizedText(s, s);
    }

    private static OptionDefinition option(String code) {
        return new OptionDefinition(code, text(code));
    }
}
