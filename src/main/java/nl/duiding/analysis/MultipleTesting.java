package nl.duiding.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down correction (Holm 1979, "A simple sequentially rejective multiple test procedure") for the
 * p-values of one comparison page: when ten questions are tested at once, one of them is below 0.05 by chance
 * about four times in ten. Holm's adjusted p-values keep the chance of any false finding on the page below 0.05
 * and never reject less than Bonferroni. Neither Commons Statistics nor Commons Math offers it; it is a sort and
 * a running maximum, checked in {@code MultipleTestingTest} against R's {@code p.adjust(p, "holm")}.
 */
final class MultipleTesting {

    private MultipleTesting() {
    }

    /** The adjusted p-values, in the order given: the i-th smallest times (m − i), made monotone, at most 1. */
    static double[] holm(double[] p) {
        int m = p.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1, (m - rank) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
