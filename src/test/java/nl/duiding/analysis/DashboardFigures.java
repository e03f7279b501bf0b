package nl.duiding.analysis;

import java.util.Map;
import java.util.SortedMap;

/**
 * What one opgave dashboard shows for one filter, as the benchmark computes it on either side (index or SQL), so
 * the two can be checked against each other: the story count, every facet (a dimension the filter restricts is
 * counted sideways), the triad mean, the slider's histogram, mean and median, and per month the stories and the
 * slider mean beside the declared amount and clients.
 */
record DashboardFigures(long total, Map<String, Map<String, Long>> facets, long triadCount, double[] triadMean,
                        long dyadCount, long[] dyadHistogram, double dyadMean, double dyadMedian,
                        SortedMap<String, Month> months, int pointsDrawn, int storiesListed) {

    /** Warm beside cold in one month. */
    record Month(long stories, double regieMean, long amountCents, long clients) {
    }

    static final String[] DIMENSIONS = {StoryFields.PROVIDER, StoryFields.ROLE, StoryFields.DISTRICT, StoryFields.MONTH,
            StoryFields.CHOICE};

    /** Slider values are stored with two decimals, so 101 bins give the exact median. */
    static double median(long[] hundredths, long count) {
        if (count == 0) {
            return Double.NaN;
        }
        long lower = (count - 1) / 2;
        long upper = count / 2;
        return (valueAt(hundredths, lower) + valueAt(hundredths, upper)) / 2.0;
    }

    private static double valueAt(long[] hundredths, long rank) {
        long seen = 0;
        for (int i = 0; i < hundredths.length; i++) {
            seen += hundredths[i];
            if (seen > rank) {
                return i / 100.0;
            }
        }
        return 1.0;
    }

    static long[] deciles(long[] hundredths) {
        long[] bins = new long[10];
        for (int i = 0; i < hundredths.length; i++) {
            bins[Math.min(9, i / 10)] += hundredths[i];
        }
        return bins;
    }
}
