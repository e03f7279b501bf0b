package nl.duiding.report;

import java.util.ArrayList;
import java.util.List;

import nl.duiding.report.DisclosurePolicy.Disclosed;

/**
 * What a reader can infer from a published table: each published text becomes an interval for the true value
 * ("&lt; 8" is 0–7, a rounded 15 is 13–17, a secondary "–" is at least 8), then every row and column with a total
 * tightens the intervals by subtraction until nothing changes. {@link DisclosurePolicy#protect} hides more cells
 * until this audit pins no hidden cell to one value; the property tests check that its bounds always hold the truth.
 */
final class SubtractionAudit {

    static final long UNBOUNDED = 1_000_000;

    private SubtractionAudit() {
    }

    /** The exact table with its totals, as the policy computes them. */
    static long[][] truth(CountTable t) {
        return DisclosurePolicy.withTotals(t, t.rows() + (t.columnTotals() ? 1 : 0), t.columns() + (t.rowTotals() ? 1 : 0));
    }

    static List<List<int[]>> lines(CountTable t) {
        int rows = t.rows() + (t.columnTotals() ? 1 : 0);
        int cols = t.columns() + (t.rowTotals() ? 1 : 0);
        List<List<int[]>> lines = new ArrayList<>();
        if (t.rowTotals()) {
            for (int r = 0; r < rows; r++) {
                List<int[]> line = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    line.add(new int[] {r, c});
                }
                lines.add(line);
            }
        }
        if (t.columnTotals()) {
            for (int c = 0; c < cols; c++) {
                List<int[]> line = new ArrayList<>();
                for (int r = 0; r < rows; r++) {
                    line.add(new int[] {r, c});
                }
                lines.add(line);
            }
        }
        return lines;
    }

    /** [row][col][0=low, 1=high]. */
    static long[][][] infer(Disclosed d) {
        String[][] text = d.text();
        long[][][] b = new long[text.length][][];
        for (int r = 0; r < text.length; r++) {
            b[r] = new long[text[r].length][];
            for (int c = 0; c < text[r].length; c++) {
                b[r][c] = switch (text[r][c]) {
                    case DisclosurePolicy.SMALL -> new long[] {0, 7};
                    case DisclosurePolicy.HIDDEN -> new long[] {8, UNBOUNDED};
                    default -> {
                        long v = Long.parseLong(text[r][c]);
                        yield new long[] {Math.max(8, v - 2), v + 2};
                    }
                };
            }
        }
        List<List<int[]>> lines = lines(d.source());
        boolean changed = true;
        for (int round = 0; changed && round < 1000; round++) {
            changed = false;
            for (List<int[]> line : lines) {
                changed |= tighten(line, b);
            }
        }
        return b;
    }

    private static boolean tighten(List<int[]> line, long[][][] b) {
        int n = line.size() - 1;
        int[] t = line.get(n);
        long sumLow = 0;
        long sumHigh = 0;
        for (int i = 0; i < n; i++) {
            int[] c = line.get(i);
            sumLow += b[c[0]][c[1]][0];
            sumHigh += b[c[0]][c[1]][1];
        }
        boolean changed = set(b[t[0]][t[1]], sumLow, sumHigh);
        for (int i = 0; i < n; i++) {
            int[] c = line.get(i);
            long[] x = b[c[0]][c[1]];
            long othersLow = sumLow - x[0];
            long othersHigh = sumHigh - x[1];
            changed |= set(x, b[t[0]][t[1]][0] - othersHigh, b[t[0]][t[1]][1] - othersLow);
        }
        return changed;
    }

    private static boolean set(long[] x, long low, long high) {
        boolean changed = false;
        if (low > x[0]) {
            x[0] = low;
            changed = true;
        }
        if (high < x[1]) {
            x[1] = high;
            changed = true;
        }
        return changed;
    }
}
