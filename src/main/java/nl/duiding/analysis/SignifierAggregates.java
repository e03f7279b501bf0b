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

        /**
         * The grid of {@code upward} and {@code downward} counts (row i = whole steps of a, column j = of b), cells in
         * the order rows, columns, the upward triangle before the downward one.
         */
        static DensityGrid of(int divisions, long[] upward, long[] downward) {
            List<Cell> cells = new java.util.ArrayList<>();
            double k = divisions;
            for (int i = 0; i < divisions; i++) {
                for (int j = 0; i + j < divisions; j++) {
                    cells.add(new Cell(at(i / k, j / k), at((i + 1) / k, j / k), at(i / k, (j + 1) / k),
                            upward[i * divisions + j]));
                    if (i + j < divisions - 1) {
                        cells.add(new Cell(at((i + 1) / k, j / k), at(i / k, (j + 1) / k),
                                at((i + 1) / k, (j + 1) / k), downward[i * divisions + j]));
                    }
                }
            }
            return new DensityGrid(divisions, List.copyOf(cells));
        }

        /**
         * This grid on {@code coarse} rows, a divisor of its own (the council report and a dialogue's pinned chart
         * draw 5): a coarse cell holds exactly the fine cells inside it, so every grid counts each answer in the same
         * place. Needs a full grid in the order {@link #of} gives.
         */
        public DensityGrid coarsened(int coarse) {
            if (coarse <= 0 || divisions % coarse != 0 || cells.size() != divisions * divisions) {
                throw new IllegalArgumentException("divisions must divide " + divisions + ": " + coarse);
            }
            int f = divisions / coarse;
            long[] coarseUp = new long[coarse * coarse];
            long[] coarseDown = new long[coarse * coarse];
            java.util.Iterator<Cell> fine = cells.iterator();
            for (int i = 0; i < divisions; i++) {
                for (int j = 0; i + j < divisions; j++) {
                    int at = i / f * coarse + j / f;
                    int offset = i % f + j % f;
                    (offset <= f - 1 ? coarseUp : coarseDown)[at] += fine.next().count();
                    if (i + j < divisions - 1) {
                        (offset <= f - 2 ? coarseUp : coarseDown)[at] += fine.next().count();
                    }
                }
            }
            return of(coarse, coarseUp, coarseDown);
        }

        private static Shares at(double a, double b) {
            return new Shares(a, b, Math.max(0, 1 - a - b));
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
