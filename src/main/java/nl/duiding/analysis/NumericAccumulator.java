package nl.duiding.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.statistics.descriptive.Median;

import nl.duiding.analysis.SignifierAggregates.Bin;
import nl.duiding.analysis.SignifierAggregates.NumericAggregate;

/**
 * One slider's or scale's values in a single pass: a histogram, the sum for the mean, and the values themselves
 * (primitive, for the exact median and for the Mann-Whitney test of a comparison).
 */
final class NumericAccumulator {

    /** Sliders: ten bins of 0.1 over [0,1]. */
    static final int DYAD_BINS = 10;
    /** Scales: one bin per point 1..7 (5-point scales leave 6 and 7 empty and are trimmed). */
    static final int MAX_SCALE_POINTS = 7;

    private static final double FLOAT_SLACK = 1e-5;

    private final String code;
    private final boolean scale;
    private final long[] counts;
    private double[] values = new double[64];
    private int n;
    private double sum;

    private NumericAccumulator(String code, boolean scale) {
        this.code = code;
        this.scale = scale;
        this.counts = new long[scale ? MAX_SCALE_POINTS : DYAD_BINS];
    }

    static NumericAccumulator dyad(String code) {
        return new NumericAccumulator(code, false);
    }

    static NumericAccumulator scale(String code) {
        return new NumericAccumulator(code, true);
    }

    void add(double value) {
        if (n == values.length) {
            values = Arrays.copyOf(values, n * 2);
        }
        values[n++] = value;
        sum += value;
        // values come from floats: 0.7f is 0.69999998, which belongs in the bin from 0.7
        int bin = scale ? (int) Math.round(value) - 1 : (int) Math.floor(value * DYAD_BINS + FLOAT_SLACK);
        counts[Math.clamp(bin, 0, counts.length - 1)]++;
    }

    long n() {
        return n;
    }

    /** A copy of the values (in the order met). */
    double[] values() {
        return Arrays.copyOf(values, n);
    }

    NumericAggregate result() {
        double mean = n == 0 ? Double.NaN : sum / n;
        double median = n == 0 ? Double.NaN : Median.withDefaults().withCopy(false).evaluate(Arrays.copyOf(values, n));
        List<Bin> bins = new ArrayList<>();
        int last = counts.length;
        if (scale) {
            last = 5;
            for (int i = 5; i < counts.length; i++) {
                if (counts[i] > 0) {
                    last = MAX_SCALE_POINTS;
                }
            }
        }
        for (int i = 0; i < last; i++) {
            double from = scale ? i + 0.5 : (double) i / DYAD_BINS;
            double to = scale ? i + 1.5 : (double) (i + 1) / DYAD_BINS;
            bins.add(new Bin(from, to, counts[i]));
        }
        return new NumericAggregate(code, n, mean, median, bins);
    }
}
