package nl.duiding.analysis;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Keyness of one term: is it more frequent in a subset than in the rest? Log-likelihood G² (Dunning 1993, in
 * the two-corpus form of Rayson and Garside 2000) with its p-value from the chi-square distribution with one
 * degree of freedom (Apache Commons Statistics), and Hardie's Log Ratio (binary log of the ratio of relative
 * frequencies, a zero count taken as 0.5) as the effect size. See ADR 0010.
 */
final class Keyness {

    private static final ChiSquaredDistribution ONE_DEGREE = ChiSquaredDistribution.of(1);

    /** G², its p-value and the log ratio (positive: more frequent in the subset). */
    record Score(double g2, double p, double logRatio) {
    }

    private Keyness() {
    }

    /**
     * @param inSubset   occurrences of the term in the subset (a)
     * @param inRest     occurrences of the term in the rest (b)
     * @param subsetSize all term occurrences in the subset (c)
     * @param restSize   all term occurrences in the rest (d)
     */
    static Score score(long inSubset, long inRest, long subsetSize, long restSize) {
        double total = (double) subsetSize + restSize;
        double expectedSubset = subsetSize * (inSubset + inRest) / total;
        double expectedRest = restSize * (inSubset + inRest) / total;
        double g2 = 2 * (part(inSubset, expectedSubset) + part(inRest, expectedRest));
        double logRatio = log2((Math.max(inSubset, 0.5) / subsetSize) / (Math.max(inRest, 0.5) / restSize));
        return new Score(g2, ONE_DEGREE.survivalProbability(g2), logRatio);
    }

    /** O·ln(O/E), which is 0 for an observed count of 0. */
    private static double part(long observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
