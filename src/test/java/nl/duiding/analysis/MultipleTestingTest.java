package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Holm's correction against values computed with R: {@code p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm")}. */
class MultipleTestingTest {

    @Test
    void holmMatchesRsPAdjust() {
        double[] adjusted = MultipleTesting.holm(new double[] {0.01, 0.04, 0.03, 0.005});
        // 0.005 × 4 = 0.02; 0.01 × 3 = 0.03; 0.03 × 2 = 0.06; 0.04 × 1 = 0.04, raised to 0.06 to stay monotone
        assertThat(adjusted[0]).isCloseTo(0.03, within(1e-12));
        assertThat(adjusted[1]).isCloseTo(0.06, within(1e-12));
        assertThat(adjusted[2]).isCloseTo(0.06, within(1e-12));
        assertThat(adjusted[3]).isCloseTo(0.02, within(1e-12));
        assertThat(MultipleTesting.holm(new double[] {0.5, 0.9})).containsExactly(1.0, 1.0);
        assertThat(MultipleTesting.holm(new double[] {})).isEmpty();
    }

    @Test
    void onlyTestedQuestionsFormTheFamilyAndSignificanceFollowsTheAdjustedValue() {
        var tested = new Comparison.QuestionComparison("a", Comparison.Kind.DYAD, Comparison.Test.MANN_WHITNEY, 30, 30,
                1.0, 0.02, 0.1, null);
        var other = new Comparison.QuestionComparison("b", Comparison.Kind.DYAD, Comparison.Test.MANN_WHITNEY, 30, 30,
                1.0, 0.04, 0.1, null);
        var skipped = Comparison.QuestionComparison.skipped("c", Comparison.Kind.TRIAD, Comparison.Test.PERMUTATION, 3, 3,
                Comparison.Reason.TOO_FEW);
        List<Comparison.QuestionComparison> adjusted = Comparison.holm(List.of(tested, skipped, other));
        assertThat(adjusted.get(0).adjustedPValue()).isCloseTo(0.04, within(1e-12));
        assertThat(adjusted.get(2).adjustedPValue()).isCloseTo(0.04, within(1e-12));
        assertThat(adjusted.get(1).adjustedPValue()).isNull();
        assertThat(adjusted.get(0).significant()).isTrue();
        assertThat(Comparison.holm(List.of(tested.withAdjusted(0.02), other, other.withAdjusted(0.04))).get(0).significant())
                .isFalse(); // three tests: 0.02 × 3 = 0.06
    }
}
