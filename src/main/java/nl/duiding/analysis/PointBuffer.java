package nl.duiding.analysis;

import java.util.Arrays;

/** A growable list of 2-D points as two primitive arrays, for a million points without boxing. */
final class PointBuffer {

    private double[] xs = new double[64];
    private double[] ys = new double[64];
    private int size;

    void add(double x, double y) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
        }
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    int size() {
        return size;
    }

    double x(int i) {
        return xs[i];
    }

    double y(int i) {
        return ys[i];
    }
}
