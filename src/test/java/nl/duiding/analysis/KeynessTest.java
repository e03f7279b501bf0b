package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Keyness against figures worked out by hand (no Spring, no index). */
class KeynessTest {

    /**
     * Subset of c = 1,000 words with the term a = 30 times; rest of d = 9,000 words with it b = 60 times.
     * Expected counts: E1 = c(a+b)/(c+d) = 1000·90/10000 = 9; E2 = d(a+b)/(c+d) = 9000·90/10000 = 81.
     * G² = 2(a·ln(a/E1) + b·ln(b/E2)) = 2(30·ln(30/9) + 60·ln(60/81))
     *    = 2(30·1.2039728 − 60·0.3001046) = 2(36.1191841 − 18.0062756) = 36.2258172.
     * With one degree of freedom p = erfc(√(G²/2)) = erfc(4.2559) = 1.7573e-9.
     * Log ratio = log2((30/1000)/(60/9000)) = log2(4.5) = 2.1699.
     */
    @Test
    void matchesTheHandComputedLogLikelihood() {
        Keyness.Score score = Keyness.score(30, 60, 1_000, 9_000);
        assertThat(score.g2()).isCloseTo(36.2258172, within(1e-6));
        assertThat(score.p()).isCloseTo(1.7573e-9, within(1e-12));
        assertThat(score.logRatio()).isCloseTo(2.169925, within(1e-6));
    }

    /** Just over the textbook critical value 3.841 (5% for one degree of freedom): 10 against 3 in equal halves. */
    @Test
    void justOverTheFivePercentCriticalValue() {
        Keyness.Score score = Keyness.score(10, 3, 1_000, 1_000);
        // E1 = E2 = 6.5; G² = 2(10·ln(10/6.5) + 3·ln(3/6.5)) = 2(4.307829 − 2.319570) = 3.976519, p = erfc(√(G²/2)) = 0.0461388
        assertThat(score.g2()).isCloseTo(3.976519, within(1e-6));
        assertThat(score.p()).isCloseTo(0.0461388, within(1e-6));
        assertThat(Keyness.score(0, 0, 10, 10).g2()).isZero();
    }

    @Test
    void aTermAbsentFromTheRestGetsAFiniteLogRatio() {
        // a zero count is taken as 0.5: log2((12/30)/(0.5/30)) = log2(24) = 4.585
        Keyness.Score score = Keyness.score(12, 0, 30, 30);
        assertThat(score.g2()).isCloseTo(24 * Math.log(2), within(1e-9));
        assertThat(score.logRatio()).isCloseTo(4.5849625, within(1e-6));
        assertThat(Keyness.score(2, 20, 100, 100).logRatio()).isNegative();
    }
}
