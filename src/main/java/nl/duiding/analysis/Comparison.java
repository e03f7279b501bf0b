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
     * {@code reason} is set, statistic, p-value and effect size are null. {@code adjustedPValue} is the p-value
     * after Holm's correction over every question tested in the same comparison.
     */
    public record QuestionComparison(String code, Kind kind, Test test, long nA, long nB, Double statistic,
                                     Double pValue, Double effectSize, Reason reason, Double adjustedPValue) {

        QuestionComparison(String code, Kind kind, Test test, long nA, long nB, Double statistic, Double pValue,
                           Double effectSize, Reason reason) {
            this(code, kind, test, nA, nB, statistic, pValue, effectSize, reason, pValue);
        }

        static QuestionComparison skipped(String code, Kind kind, Test test, long nA, long nB, Reason reason) {
            return new QuestionComparison(code, kind, test, nA, nB, null, null, null, reason);
        }

        public boolean tested() {
            return reason == null;
        }

        /** Below 0.05 after the correction for testing every question at once. */
        public boolean significant() {
            return tested() && adjustedPValue < 0.05;
        }

        QuestionComparison withAdjusted(double adjusted) {
            return new QuestionComparison(code, kind, test, nA, nB, statistic, pValue, effectSize, reason, adjusted);
        }
    }

    /** The questions with Holm-adjusted p-values over those that were tested. */
    static List<QuestionComparison> holm(List<QuestionComparison> questions) {
        double[] adjusted = MultipleTesting.holm(questions.stream().filter(QuestionComparison::tested)
                .mapToDouble(QuestionComparison::pValue).toArray());
        List<QuestionComparison> out = new java.util.ArrayList<>();
        int next = 0;
        for (QuestionComparison q : questions) {
            out.add(q.tested() ? q.withAdjusted(adjusted[next++]) : q);
        }
        return out;
    }
}
