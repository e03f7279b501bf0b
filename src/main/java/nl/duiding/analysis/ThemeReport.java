package nl.duiding.analysis;

import java.util.List;

/**
 * Terms that are significantly more frequent in a subset of an opgave's stories than in the rest (keyness).
 * {@code tested} is how many terms reached the minimum frequency; significance is judged against
 * {@code alpha / tested} (Bonferroni), so a long list of words does not produce chance themes.
 */
public record ThemeReport(long subsetStories, long restStories, long subsetTokens, long restTokens, int tested,
                          double alpha, List<Theme> themes) {

    /**
     * One key term: the indexed (stemmed) term, the readable word it most often stands for in the subset, its
     * counts, G², p-value and log ratio.
     */
    public record Theme(String term, String word, long inSubset, long inRest, double g2, double p, double logRatio) {
    }

    /** True when there is nothing to compare: all of the opgave's stories, or none, are in the subset. */
    public boolean noComparison() {
        return subsetStories == 0 || restStories == 0;
    }
}
