package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import nl.duiding.analysis.Comparison.Kind;
import nl.duiding.analysis.Comparison.QuestionComparison;
import nl.duiding.analysis.Comparison.Reason;

/** The comparison tests against values computed independently of the code under test. */
class SignificanceTestsTest {

    private final SignificanceTests tests = new SignificanceTests(5, 999, 42L, 5000);

    /**
     * Agresti, An Introduction to Categorical Data Analysis (2nd ed., 2007), Table 2.5: party identification by
     * gender (General Social Survey). The book gives X² = 30.1 with df = 2, P &lt; 0.001. With two degrees of
     * freedom the chi-square survival function is exp(−x/2), so p = exp(−30.0701/2) = 2.9536e-7 exactly.
     */
    @Test
    void chiSquareMatchesAgrestisPartyIdentificationTable() {
        QuestionComparison result = tests.choice("partij",
                Map.of("democraat", 762L, "onafhankelijk", 327L, "republikein", 468L),
                Map.of("democraat", 484L, "onafhankelijk", 239L, "republikein", 477L));

        assertThat(result.tested()).isTrue();
        assertThat(result.nA()).isEqualTo(1557);
        assertThat(result.nB()).isEqualTo(1200);
        assertThat(result.statistic()).isCloseTo(30.0701, within(1e-4));
        assertThat(result.pValue()).isCloseTo(Math.exp(-30.070149095754672 / 2), within(1e-12));
        // Cramér's V = √(χ² / (N·(min(2,3) − 1))) = √(30.0701 / 2757)
        assertThat(result.effectSize()).isCloseTo(0.104436, within(1e-6));
    }

    /**
     * Hollander &amp; Wolfe, Nonparametric Statistical Methods (1973), p. 69: permeability constants of the human
     * chorioamnion at term (x) and at 12–26 weeks (y); the example of R's wilcox.test, which reports W = 35 and a
     * one-sided exact p = 0.1272, so two-sided 0.2544 (also checked by enumerating all 3003 splits).
     */
    @Test
    void mannWhitneyMatchesHollanderAndWolfesPermeabilityExample() {
        double[] x = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
        double[] y = {1.15, 0.88, 0.90, 0.74, 1.21};

        QuestionComparison result = tests.ranks("doorlaatbaarheid", Kind.DYAD, x, y);

        assertThat(result.statistic()).isEqualTo(35.0);
        assertThat(result.pValue()).isCloseTo(0.2544122544, within(1e-9));
        // rank-biserial r = 2U/(n1 n2) − 1 = 70/50 − 1
        assertThat(result.effectSize()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void permutationTestFindsNothingBetweenIdenticalGroupsAndAShiftBetweenShiftedOnes() {
        SplittableRandom random = new SplittableRandom(7);
        PointBuffer a = new PointBuffer();
        PointBuffer same = new PointBuffer();
        PointBuffer shifted = new PointBuffer();
        for (int i = 0; i < 60; i++) {
            double x = 0.3 + 0.4 * random.nextDouble();
            double y = 0.1 + 0.4 * random.nextDouble();
            a.add(x, y);
            same.add(x, y);
            shifted.add(x + 0.15, y);
        }

        QuestionComparison identical = tests.triad("t", a, same);
        QuestionComparison apart = tests.triad("t", a, shifted);

        assertThat(identical.statistic()).isEqualTo(0.0);
        assertThat(identical.pValue()).isEqualTo(1.0);
        assertThat(apart.statistic()).isCloseTo(0.15, within(1e-9));
        assertThat(apart.pValue()).isLessThan(0.01);
        assertThat(tests.triad("t", a, shifted).pValue()).as("seeded, so reproducible").isEqualTo(apart.pValue());
    }

    @Test
    void belowTheMinimumGroupSizeNoTestIsRun() {
        QuestionComparison small = tests.ranks("regie", Kind.DYAD, new double[] {0.1, 0.2, 0.3, 0.4}, new double[] {0.5, 0.6, 0.7, 0.8, 0.9});
        assertThat(small.reason()).isEqualTo(Reason.TOO_FEW);
        assertThat(small.pValue()).isNull();
        assertThat(small.nA()).isEqualTo(4);

        QuestionComparison oneOption = tests.choice("thema", Map.of("thuis", 9L), Map.of("thuis", 7L));
        assertThat(oneOption.reason()).isEqualTo(Reason.NO_VARIATION);
    }
}
