package nl.duiding.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one disclosure policy for every published figure (ADR 0014), after the CBS practice for care statistics:
 * counts 0–7 are shown as "&lt; 8", other counts rounded to a multiple of 5; averages, percentages and signifier
 * charts only with at least {@code min-tellers} tellers behind them; a quote only when its (district, role,
 * provider) group has at least {@code min-quote-group} stories; and in tables secondary suppression, so a hidden
 * cell cannot be recovered by subtraction from a total.
 */
@Component
public class DisclosurePolicy {

    /** What a count of 0 to 7 is published as. */
    public static final String SMALL = "< 8";
    /** What a cell hidden only to protect another one is published as. */
    public static final String HIDDEN = "–";
    static final int SMALL_BELOW = 8;
    static final int ROUND_TO = 5;
    /**
     * From this perturbed value on, a perturbed count is published as it is, not rounded: its error is then the
     * noise alone (at most 2, so at most 2% of the count), as in ABS TableBuilder. Smaller perturbed counts are
     * also rounded to 5, and counts that are not perturbed are always rounded (ADR 0017).
     */
    static final int UNROUNDED_FROM = 100;

    public enum CellState { SHOWN, SMALL, SECONDARY }

    /** A protected table: every text publishable; states say why a cell is hidden (the last row/column are totals). */
    public record Disclosed(CountTable source, String[][] text, CellState[][] states) {
    }

    private final int minTellers;
    private final int minQuoteGroup;

    public DisclosurePolicy(@Value("${duiding.disclosure.min-tellers:10}") int minTellers,
                            @Value("${duiding.disclosure.min-quote-group:10}") int minQuoteGroup) {
        this.minTellers = minTellers;
        this.minQuoteGroup = minQuoteGroup;
    }

    public int minTellers() {
        return minTellers;
    }

    public int minQuoteGroup() {
        return minQuoteGroup;
    }

    /** A count as published: "&lt; 8" or a multiple of 5 (8 and 9 become 10). */
    public String count(long n) {
        if (n < SMALL_BELOW) {
            return SMALL;
        }
        return Long.toString(rounded(n));
    }

    static long rounded(long n) {
        return Math.round(n / (double) ROUND_TO) * ROUND_TO;
    }

    /** Significant digits of a published amount: enough to read, too few to divide out an exact count. */
    static final int AMOUNT_DIGITS = 3;

    /**
     * An amount in eurocents as published: rounded to three significant digits (€ 3.097.417,50 becomes
     * € 3.100.000,00), so dividing it by a published amount per client gives back the published, rounded client
     * count, not the exact one.
     */
    public long amountCents(long cents) {
        return quantity(cents);
    }

    /**
     * A declared volume (hours, days) as published: to three significant digits like an amount, so a group's exact
     * care cannot be worked out by subtracting two reports' volumes.
     */
    public long quantity(long value) {
        if (value == 0) {
            return 0;
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(AMOUNT_DIGITS,
                java.math.RoundingMode.HALF_UP)).longValue();
    }

    /**
     * The amount per client computed from the published figures only (the rounded amount over the rounded client
     * count, itself rounded), never from the exact ones; empty when the clients are too few to publish an average.
     */
    public java.util.OptionalLong amountPerClientCents(long cents, long clients) {
        if (!allowsAggregate(clients)) {
            return java.util.OptionalLong.empty();
        }
        long published = Math.max(ROUND_TO, rounded(clients));
        return java.util.OptionalLong.of(amountCents(Math.round(amountCents(cents) / (double) published)));
    }

    /**
     * A period's declared amount as published: to three digits, and only with at least {@code min-tellers} clients
     * behind it (null: hidden, as a group that small is hidden everywhere).
     */
    public Long periodAmountCents(long cents, long clients) {
        return allowsAggregate(clients) ? amountCents(cents) : null;
    }

    /** Whether an average, a percentage or a signifier chart over this many tellers may be published. */
    public boolean allowsAggregate(long tellers) {
        return tellers >= minTellers;
    }

    /** A whole percentage of {@code part} in {@code base}, only when the base is large enough. */
    public Optional<String> percent(long part, long base) {
        if (!allowsAggregate(base)) {
            return Optional.empty();
        }
        return Optional.of(Math.round(part * 100.0 / base) + "%");
    }

    /** Whether a story may be quoted, given how many stories share its district, role and provider. */
    public boolean allowsQuote(long storiesInGroup) {
        return storiesInGroup >= minQuoteGroup;
    }

    /**
     * Protects a table. Primary: every cell and total of 0–7 becomes "&lt; 8". Secondary: in every row or column
     * with a published total, a single hidden cell would be the total minus the others, so the smallest other cell
     * is hidden too, and a line whose hidden cells are all "&lt; 8" gets one more hidden ("–", unbounded) cell;
     * repeated until nothing changes. Then a {@link SubtractionAudit} reads the table as a reader would; while it can
     * pin a hidden cell to one value, the smallest shown cell next to it is hidden as well, and the line rules run
     * again. Totals are rounded like every count.
     */
    public Disclosed protect(CountTable table) {
        return protect(table, null);
    }

    /**
     * Protects a table whose cells carry cell keys (the sum of their stories' record keys, modulo 1; ADR 0017): first
     * every non-empty cell and total is perturbed by a small bounded amount that its key decides, so the same stories
     * always get the same published value and subtracting two tables or two periods yields noise, not a count; then
     * the rules of {@link #protect(CountTable)} apply to the perturbed values.
     */
    public Disclosed protect(CountTable table, double[][] cellKeys) {
        int rows = table.rows() + (table.columnTotals() ? 1 : 0);
        int cols = table.columns() + (table.rowTotals() ? 1 : 0);
        long[][] values = withTotals(table, rows, cols);
        if (cellKeys != null) {
            double[][] keys = keysWithTotals(table, cellKeys, rows, cols);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    values[r][c] = perturbed(values[r][c], keys[r][c]);
                }
            }
        }
        CellState[][] states = new CellState[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                states[r][c] = values[r][c] < SMALL_BELOW ? CellState.SMALL : CellState.SHOWN;
            }
        }
        List<int[][]> lines = lines(table, rows, cols);
        // a cell the audit hides may leave a line with a single hidden cell, so the line rules run again after
        // every audit step; each round hides at least one more cell, so this ends
        while (true) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int[][] line : lines) {
                    changed |= protectLine(line, values, states);
                }
            }
            Disclosed disclosed = published(table, values, states, cellKeys != null);
            int[] pinned = pinned(disclosed);
            if (pinned == null || !hideNextTo(pinned, lines, values, states)) {
                return disclosed;
            }
        }
    }

    private Disclosed published(CountTable table, long[][] values, CellState[][] states, boolean perturbed) {
        String[][] text = new String[values.length][];
        for (int r = 0; r < values.length; r++) {
            text[r] = new String[values[r].length];
            for (int c = 0; c < values[r].length; c++) {
                text[r][c] = switch (states[r][c]) {
                    case SHOWN -> perturbed ? perturbedCount(values[r][c]) : count(values[r][c]);
                    case SMALL -> SMALL;
                    case SECONDARY -> HIDDEN;
                };
            }
        }
        return new Disclosed(table, text, states);
    }

    /** A hidden cell that subtraction narrows to a single value, or null. */
    private static int[] pinned(Disclosed disclosed) {
        long[][][] bounds = SubtractionAudit.infer(disclosed);
        for (int r = 0; r < bounds.length; r++) {
            for (int c = 0; c < bounds[r].length; c++) {
                if (disclosed.states()[r][c] != CellState.SHOWN && bounds[r][c][1] <= bounds[r][c][0]) {
                    return new int[] {r, c};
                }
            }
        }
        return null;
    }

    /** Hides the smallest shown cell (a total only when nothing else is left) in a line through the pinned cell. */
    private static boolean hideNextTo(int[] pinned, List<int[][]> lines, long[][] values, CellState[][] states) {
        int[] best = smallestShown(lines.stream().filter(line -> java.util.Arrays.stream(line)
                .anyMatch(c -> c[0] == pinned[0] && c[1] == pinned[1])).toList(), values, states);
        if (best == null) {
            // the pin comes from further away (through totals of other lines): hide the smallest cell anywhere
            best = smallestShown(lines, values, states);
        }
        if (best == null) {
            return false;
        }
        states[best[0]][best[1]] = CellState.SECONDARY;
        return true;
    }

    private static int[] smallestShown(List<int[][]> lines, long[][] values, CellState[][] states) {
        int[] best = null;
        boolean bestIsTotal = true;
        for (int[][] line : lines) {
            for (int i = 0; i < line.length; i++) {
                int[] cell = line[i];
                boolean total = i == line.length - 1;
                if (states[cell[0]][cell[1]] != CellState.SHOWN) {
                    continue;
                }
                boolean better = best == null || (bestIsTotal && !total)
                        || (bestIsTotal == total && values[cell[0]][cell[1]] < values[best[0]][best[1]]);
                if (better) {
                    best = cell;
                    bestIsTotal = total;
                }
            }
        }
        return best;
    }

    /**
     * The cell-key perturbation: a key in [0, 1) picks a noise of -2 to +2 (probabilities 0.1, 0.2, 0.4, 0.2, 0.1;
     * mean 0). Empty cells stay empty (they have no records, hence no key) and a non-empty cell stays non-empty.
     */
    static long perturbed(long n, double key) {
        if (n <= 0) {
            return n;
        }
        int noise = key < 0.1 ? -2 : key < 0.3 ? -1 : key < 0.7 ? 0 : key < 0.9 ? 1 : 2;
        return Math.max(1, n + noise);
    }

    /**
     * A count as published under the cell-key method: perturbed by its key, then "&lt; 8", rounded to 5 below
     * {@link #UNROUNDED_FROM}, or the perturbed value itself from there on.
     */
    public String count(long n, double key) {
        return perturbedCount(perturbed(n, key));
    }

    private String perturbedCount(long perturbed) {
        return perturbed >= UNROUNDED_FROM ? Long.toString(perturbed) : count(perturbed);
    }

    static double[][] keysWithTotals(CountTable table, double[][] cellKeys, int rows, int cols) {
        double[][] keys = new double[rows][cols];
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                double k = cellKeys[r][c];
                keys[r][c] = k;
                if (table.rowTotals()) {
                    keys[r][cols - 1] = (keys[r][cols - 1] + k) % 1;
                }
                if (table.columnTotals()) {
                    keys[rows - 1][c] = (keys[rows - 1][c] + k) % 1;
                }
                if (table.rowTotals() && table.columnTotals()) {
                    keys[rows - 1][cols - 1] = (keys[rows - 1][cols - 1] + k) % 1;
                }
            }
        }
        return keys;
    }

    static long[][] withTotals(CountTable table, int rows, int cols) {
        long[][] values = new long[rows][cols];
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                long v = table.cells()[r][c];
                if (v < 0) {
                    throw new IllegalArgumentException("counts are never negative");
                }
                values[r][c] = v;
                if (table.rowTotals()) {
                    values[r][cols - 1] += v;
                }
                if (table.columnTotals()) {
                    values[rows - 1][c] += v;
                }
                if (table.rowTotals() && table.columnTotals()) {
                    values[rows - 1][cols - 1] += v;
                }
            }
        }
        return values;
    }

    /** Each line is its interior cells followed by its total (the last element). */
    private static List<int[][]> lines(CountTable table, int rows, int cols) {
        List<int[][]> lines = new ArrayList<>();
        if (table.rowTotals()) {
            for (int r = 0; r < rows; r++) {
                int[][] line = new int[table.columns() + 1][];
                for (int c = 0; c <= table.columns(); c++) {
                    line[c] = new int[] {r, c};
                }
                lines.add(line);
            }
        }
        if (table.columnTotals()) {
            for (int c = 0; c < cols; c++) {
                int[][] line = new int[table.rows() + 1][];
                for (int r = 0; r <= table.rows(); r++) {
                    line[r] = new int[] {r, c};
                }
                lines.add(line);
            }
        }
        return lines;
    }

    private static boolean protectLine(int[][] line, long[][] values, CellState[][] states) {
        int[] total = line[line.length - 1];
        if (states[total[0]][total[1]] != CellState.SHOWN) {
            return false;
        }
        int hidden = 0;
        int[] smallestShown = null;
        for (int i = 0; i < line.length - 1; i++) {
            int[] cell = line[i];
            if (states[cell[0]][cell[1]] == CellState.SHOWN) {
                if (smallestShown == null || values[cell[0]][cell[1]] < values[smallestShown[0]][smallestShown[1]]) {
                    smallestShown = cell;
                }
            } else {
                hidden++;
            }
        }
        if (hidden == 1 && smallestShown != null) {
            states[smallestShown[0]][smallestShown[1]] = CellState.SECONDARY;
            return true;
        }
        // "< 8" cells are bounded (0-7): two of them in one line can still be pinned down by subtraction when the
        // shown cells and the total leave little room, so a line with hidden cells also gets an unbounded one
        if (hidden > 0 && smallestShown != null && noneSecondary(line, states)) {
            states[smallestShown[0]][smallestShown[1]] = CellState.SECONDARY;
            return true;
        }
        return false;
    }

    private static boolean noneSecondary(int[][] line, CellState[][] states) {
        for (int i = 0; i < line.length - 1; i++) {
            if (states[line[i][0]][line[i][1]] == CellState.SECONDARY) {
                return false;
            }
        }
        return true;
    }
}
