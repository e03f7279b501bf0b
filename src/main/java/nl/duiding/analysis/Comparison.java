package nl.duiding.analysis;

import java.util.List;

/**
 * Two subsets of stories set side by side, question by question, each with the test that fits its kind.
 *
 * @param sizeA stories in the first subset
 * @param sizeB stories in the second subset
 */
public record Comparison(long sizeA, long sizeB, int minGroupSize, List<QuestionComparison> questions) {

    public enum Kind {
        TRIAD, DYAD, SCALE, CHOICE
    }

    /** Which test was used; each has its own statistic and effect size. */
    public enum Test {
        /** Pearson's chi-square on the 2 × options table; effect size Cramér's V. */
        CHI_SQUARE,
        /** Mann-Whitney U (two-sided); statistic U of the first subset; effect size the rank-biserial correlation. */
        MANN_WHITNEY,
        /** Permutation test of the distance between the two mean points (side of the triangle = 1). */
        PERMUTATION
    }

    /** Why no test is shown. */
    public enum Reason {
        /** Fewer answers than the minimum group size in one of the subsets. */
        TOO_FEW,
        /** Every answer is the same (or only one option was chosen): nothing to test. */
        NO_VARIATION
    }

    /**
     * One question's comparison. {@code nA}/{@code nB} count answers (for a choice: options chosen). When
     * {@code reason} is set, statistic, p-value and effect size are null.
     */
    public record QuestionComparison(String code, Kind kind, Test test, long nA, long nB, Double statistic,
                                     Double pValue, Double effectSize, Reason reason) {

        static QuestionComparison skipped(String code, Kind kind, Test test, long nA, long nB, Reason reason) {
            return new QuestionComparison(code, kind, test, nA, nB, null, null, null, reason);
        }

        public boolean tested() {
            return reason == null;
        }

        public boolean significant() {
            return tested() && pValue < 0.05;
        }
    }
}
