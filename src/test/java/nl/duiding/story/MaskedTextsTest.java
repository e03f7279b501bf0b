package nl.duiding.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.duiding.privacy.OriginalSealer;
import nl.duiding.privacy.Scrubber;

/** Issue 14: written answers (TEXT questions, "anders, namelijk") were stored in story_answer as typed. */
class MaskedTextsTest {

    @Test
    void writtenAnswersAreMaskedBeforeTheyAreStored() {
        List<Answer> answers = List.of(new Answer.Text("q1", "mijn buurvrouw fatima de vries hielp"),
                new Answer.Other("q2", "anders namelijk meneer jansen van de spuiboulevard 300"),
                new Answer.Scale("q3", 4));
        MaskedTexts texts = MaskedTexts.of("titel", "verhaal", answers, new Scrubber(Set.of()), new OriginalSealer(""));
        assertThat(texts.answers()).hasSize(3);
        assertThat(texts.answers().get(0)).isEqualTo(new Answer.Text("q1", "mijn buurvrouw [NAAM] hielp"));
        assertThat(((Answer.Other) texts.answers().get(1)).text()).doesNotContain("jansen").doesNotContain("spuiboulevard");
        assertThat(texts.answers().get(2)).isEqualTo(new Answer.Scale("q3", 4));
    }
}
