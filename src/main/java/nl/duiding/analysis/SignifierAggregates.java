package nl.duiding.analysis;

import java.util.List;
import java.util.Map;

/**
 * What the signification answers of a filtered set of stories add up to, per question code. Computed in one pass
 * over doc values (see ADR 0009 for the confidence region, the density grid and the zones).
 *
 * @param total          stories in the set
 * @param notApplicable  per question code, how many stories answered "not applicable" (counted apart from
 *                       every other figure: those stories have no value for that question)
 * @param choices        per choice question code, how many stories chose each option
 */
public record SignifierAggregates(long total, Map<String, TriadAggregate> triads, Map<String, NumericAggregate> dyads,
                                  Map<String, NumericAggregate> scales, Map<String, StonesAggregate> stones,
                                  Map<String, Long> notApplicable, Map<String, Map<String, Long>> choices) {

    /** A position in the triangle: shares of the corners a, b, c (summing to 1). */
    public record Shares(double a, double b, double c) {
    }

    /**
     * A triad's answers. {@code points} is a sample for display (every k-th answer, at most
     * {@link TriadAggregate#MAX_POINTS}); {@code confidenceRegion} is the boundary of the 95% region for the mean
     * (Hotelling's T², see ADR 0009), empty when fewer than 3 answers or all on one line.
     */
    public record TriadAggregate(String code, long n, Shares mean, List<Shares> confidenceRegion, List<Shares> points,
                                 DensityGrid density, Map<TriadZone, Long> zones) {
        public static final int MAX_POINTS = 2000;
    }

    /**
     * Counts on a triangular grid of {@code divisions}² small triangles; each cell gives its three corners.
     */
    public record DensityGrid(int divisions, List<Cell> cells) {
        public record Cell(Shares p1, Shares p2, Shares p3, long count) {
        }

        public long max() {
            return cells.stream().mapToLong(Cell::count).max().orElse(0);
        }
    }

    /** A slider (dyad, values in [0,1]) or a scale (points 1..n): counts per bin, mean and median. */
    public record NumericAggregate(String code, long n, double mean, double median, List<Bin> histogram) {
        public long maxCount() {
            return histogram.stream().mapToLong(Bin::count).max().orElse(0);
        }
    }

    /** One histogram bar: values in [from, to) (the last bin includes its upper end). */
    public record Bin(double from, double to, long count) {
    }

    /** Where each item of a stones question was placed. */
    public record StonesAggregate(String code, List<StoneItem> items) {
    }

    /** One stone: how many placed it, its mean position and a sample of positions (x, y in [0,1]). */
    public record StoneItem(String item, long n, double meanX, double meanY, List<Position> positions) {
    }

    public record Position(double x, double y) {
    }
}
