package nl.duiding.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

import nl.duiding.story.Answer;

class AnswerParserTest {

    @Test
    void readsPercentagesAsSharesAndRepeatedChoicesAsOneAnswer() {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("triad.t.a", "20");
        params.add("triad.t.b", "30,5");
        params.add("triad.t.c", "49.5");
        params.add("dyad.d", "75");
        params.add("choice.m", "x");
        params.add("choice.m", "y");
        params.add("title", "not an answer");
        List<Answer> answers = AnswerParser.parse(params);
        assertThat(answers).containsExactlyInAnyOrder(new Answer.Triad("t", 0.2, 0.305, 0.495),
                new Answer.Dyad("d", 0.75), new Answer.Choice("m", java.util.Set.of("x", "y")));
    }

    @Test
    void unparseableOrMissingCornersBecomeNaNForValidationToReject() {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("triad.t.a", "twintig");
        params.add("triad.t.b", "50");
        Answer.Triad triad = (Answer.Triad) AnswerParser.parse(params).getFirst();
        assertThat(triad.a()).isNaN();
        assertThat(triad.c()).isNaN();
    }

    @Test
    void emptySliderAndMalformedNamesAreIgnored() {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("dyad.d", "");
        params.add("triad..a", "10");
        params.add("triad.t.z", "10");
        assertThat(AnswerParser.parse(params)).isEmpty();
    }
}
