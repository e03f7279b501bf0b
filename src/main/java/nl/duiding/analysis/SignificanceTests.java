package nl.duiding.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.SignificanceResult;

import nl.duiding.analysis.Comparison.Kind;
import nl.duiding.analysis.Comparison.QuestionComparison;
import nl.duiding.analysis.Comparison.Reason;
import nl.duiding.analysis.Comparison.Test;

/**
 * The tests behind a comparison, on plain arrays, so they can be checked against textbook examples without an
 * index. Distributions and p-values come from Apache Commons Statistics (ADR 0009).
 */
final class SignificanceTests {

    private final int minGroupSize;
    private final int permutations;
    private final long seed;
    private final int maxPermutedPerGroup;

    SignificanceTests(int minGroupSize, int permutations, long seed, int maxPermutedPerGroup) {
        this.minGroupSize = minGroupSize;
        this.permutations = permutations;
        this.seed = seed;
        this.maxPermutedPerGroup = maxPermutedPerGroup;
    }

    int minGroupSize() {
        return minGroupSize;
    }

    /** Chi-square on the 2 × k table of option counts; options nobody chose are left out. */
    QuestionComparison choice(String code, Map<String, Long> a, Map<String, Long> b) {
        TreeSet<String> options = new TreeSet<>(a.keySet());
        options.addAll(b.keySet());
        List<long[]> columns = new ArrayList<>();
        for (String option : options) {
            long ca = a.getOrDefault(option, 0L);
            long cb = b.getOrDefault(option, 0L);
            if (ca + cb > 0) {
                columns.add(new long[] {ca, cb});
            }
        }
        long nA = columns.stream().mapToLong(c -> c[0]).sum();
        long nB = columns.stream().mapToLong(c -> c[1]).sum();
        if (nA < minGroupSize || nB < minGroupSize) {
            return QuestionComparison.skipped(code, Kind.CHOICE, Test.CHI_SQUARE, nA, nB, Reason.TOO_FEW);
        }
        if (columns.size() < 2) {
            return QuestionComparison.skipped(code, Kind.CHOICE, Test.CHI_SQUARE, nA, nB, Reason.NO_VARIATION);
        }
        long[][] table = new long[2][columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            table[0][j] = columns.get(j)[0];
            table[1][j] = columns.get(j)[1];
        }
        SignificanceResult result = ChiSquareTest.withDefaults().test(table);
        return new QuestionComparison(code, Kind.CHOICE, Test.CHI_SQUARE, nA, nB, result.getStatistic(),
                result.getPValue(), cramersV(result.getStatistic(), nA + nB, 2, columns.size()), null);
    }

    /** Cramér's V = √(χ² / (N · (min(rows, columns) − 1))). */
    static double cramersV(double chiSquare, long total, int rows, int columns) {
        return Math.sqrt(chiSquare / (total * (double) (Math.min(rows, columns) - 1)));
    }

    /** Mann-Whitney U, two-sided; the effect size is the rank-biserial correlation 2U/(n₁n₂) − 1. */
    QuestionComparison ranks(String code, Kind kind, double[] a, double[] b) {
        if (a.length < minGroupSize || b.length < minGroupSize) {
            return QuestionComparison.skipped(code, kind, Test.MANN_WHITNEY, a.length, b.length, Reason.TOO_FEW);
        }
        if (allEqual(a, b)) {
            return QuestionComparison.skipped(code, kind, Test.MANN_WHITNEY, a.length, b.length, Reason.NO_VARIATION);
        }
        MannWhitneyUTest.Result result = MannWhitneyUTest.withDefaults().test(a, b);
        double u = result.getStatistic();
        double r = 2 * u / ((double) a.length * b.length) - 1;
        return new QuestionComparison(code, kind, Test.MANN_WHITNEY, a.length, b.length, u, result.getPValue(), r, null);
    }

    /**
     * Permutation test of the distance between the mean points: the groups' labels are shuffled
     * {@code permutations} times with a seeded generator; p = (1 + #{d* ≥ d}) / (1 + permutations). Groups larger
     * than {@code maxPermutedPerGroup} are first thinned to that size by a seeded random sample.
     */
    QuestionComparison triad(String code, PointBuffer a, PointBuffer b) {
        if (a.size() < minGroupSize || b.size() < minGroupSize) {
            return QuestionComparison.skipped(code, Kind.TRIAD, Test.PERMUTATION, a.size(), b.size(), Reason.TOO_FEW);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int[] ia = sample(a.size(), rng);
        int[] ib = sample(b.size(), rng);
        int nA = ia.length;
        int n = nA + ib.length;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < nA; i++) {
            xs[i] = a.x(ia[i]);
            ys[i] = a.y(ia[i]);
        }
        for (int i = 0; i < ib.length; i++) {
            xs[nA + i] = b.x(ib[i]);
            ys[nA + i] = b.y(ib[i]);
        }
        int[] order = PermutationSampler.natural(n);
        double observed = distance(xs, ys, order, nA);
        if (observed == 0 && allSame(xs, ys)) {
            return QuestionComparison.skipped(code, Kind.TRIAD, Test.PERMUTATION, a.size(), b.size(), Reason.NO_VARIATION);
        }
        int atLeast = 0;
        for (int p = 0; p < permutations; p++) {
            PermutationSampler.shuffle(rng, order);
            if (distance(xs, ys, order, nA) >= observed - 1e-12) {
                atLeast++;
            }
        }
        double pValue = (1.0 + atLeast) / (1.0 + permutations);
        return new QuestionComparison(code, Kind.TRIAD, Test.PERMUTATION, a.size(), b.size(), observed, pValue,
                observed, null);
    }

    private int[] sample(int size, UniformRandomProvider rng) {
        if (size <= maxPermutedPerGroup) {
            return PermutationSampler.natural(size);
        }
        return new PermutationSampler(rng, size, maxPermutedPerGroup).sample();
    }

    private static double distance(double[] xs, double[] ys, int[] order, int nA) {
        double ax = 0;
        double ay = 0;
        double bx = 0;
        double by = 0;
        for (int i = 0; i < order.length; i++) {
            int k = order[i];
            if (i < nA) {
                ax += xs[k];
                ay += ys[k];
            } else {
                bx += xs[k];
                by += ys[k];
            }
        }
        int nB = order.length - nA;
        return Math.hypot(ax / nA - bx / nB, ay / nA - by / nB);
    }

    private static boolean allEqual(double[] a, double[] b) {
        double first = a[0];
        for (double v : a) {
            if (v != first) {
                return false;
            }
        }
        for (double v : b) {
            if (v != first) {
                return false;
            }
        }
        return true;
    }

    private static boolean allSame(double[] xs, double[] ys) {
        for (int i = 1; i < xs.length; i++) {
            if (xs[i] != xs[0] || ys[i] != ys[0]) {
                return false;
            }
        }
        return true;
    }
}
