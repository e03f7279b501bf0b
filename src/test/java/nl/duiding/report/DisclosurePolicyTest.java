package nl.duiding.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import nl.duiding.report.DisclosurePolicy.CellState;
import nl.duiding.report.DisclosurePolicy.Disclosed;

/**
 * The disclosure policy on generated tables with many small groups (jqwik, on the JUnit Platform): no published
 * count between 1 and 7, every published count "&lt; 8" or a multiple of 5, and no hidden cell that a reader can
 * pin down by subtraction from totals and the other published cells.
 */
class DisclosurePolicyTest {

    final DisclosurePolicy policy = new DisclosurePolicy(10, 10);

    @Property(tries = 3000)
    void aSingleCountIsSmallOrAMultipleOfFive(@ForAll @LongRange(min = 0, max = 100_000) long n) {
        String shown = policy.count(n);
        if (n < 8) {
            assertThat(shown).isEqualTo(DisclosurePolicy.SMALL);
        } else {
            long value = Long.parseLong(shown);
            assertThat(value % 5).isZero();
            assertThat(value).isGreaterThanOrEqualTo(10);
            assertThat(Math.abs(value - n)).isLessThanOrEqualTo(2);
        }
    }

    @Property(tries = 3000)
    void aPerturbedCountIsSmallRoundedOrFromAHundredWithinTwoPercent(@ForAll @LongRange(min = 0, max = 100_000) long n,
                                                                   @ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 1, maxIncluded = false) double key) {
        String shown = policy.count(n, key);
        if (n < 6) {
            assertThat(shown).isEqualTo(DisclosurePolicy.SMALL);
        } else if (!shown.equals(DisclosurePolicy.SMALL)) {
            long value = Long.parseLong(shown);
            assertThat(value).isGreaterThanOrEqualTo(10);
            assertThat(value % 5 == 0 || value > 100).as("rounded to 5 below 100").isTrue();
            assertThat(Math.abs(value - n)).isLessThanOrEqualTo(4);
            if (n >= 100) {
                assertThat(Math.abs(value - n) / (double) n).as("within 2%% from 100 on").isLessThanOrEqualTo(0.02);
            }
        }
        assertThat(policy.count(n, key)).as("the same records always get the same figure").isEqualTo(shown);
    }

    @Property(tries = 2000)
    void everyPublishedCellIsSafe(@ForAll("smallTables") CountTable table) {
        Disclosed disclosed = policy.protect(table);
        for (String[] row : disclosed.text()) {
            for (String cell : row) {
                assertThat(cell).satisfiesAnyOf(
                        c -> assertThat(c).isIn(DisclosurePolicy.SMALL, DisclosurePolicy.HIDDEN),
                        c -> assertThat(Long.parseLong(c)).isGreaterThanOrEqualTo(10).matches(v -> v % 5 == 0));
            }
        }
    }

    @Property(tries = 2000)
    void noLineWithAPublishedTotalHasExactlyOneHiddenCell(@ForAll("smallTables") CountTable table) {
        Disclosed disclosed = policy.protect(table);
        for (List<int[]> line : SubtractionAudit.lines(table)) {
            int[] total = line.getLast();
            if (disclosed.states()[total[0]][total[1]] != CellState.SHOWN) {
                continue;
            }
            long hidden = line.subList(0, line.size() - 1).stream()
                    .filter(c -> disclosed.states()[c[0]][c[1]] != CellState.SHOWN).count();
            assertThat(hidden).as("hidden cells in a line with a total").isNotEqualTo(1);
        }
    }

    /**
     * The seed with which CI found a cell hidden by the audit leaving a line with one hidden cell (the line rules
     * did not run again after the audit); kept so that case is tried on every build.
     */
    @Property(tries = 2000, seed = "8821960618722588400")
    void aCellTheAuditHidesNeverLeavesALineWithOneHiddenCell(@ForAll("smallTables") CountTable table) {
        noLineWithAPublishedTotalHasExactlyOneHiddenCell(table);
    }

    @Property(tries = 10000)
    void noSmallCellCanBeDerivedBySubtraction(@ForAll("smallTables") CountTable table) {
        Disclosed disclosed = policy.protect(table);
        long[][] truth = SubtractionAudit.truth(table);
        long[][][] bounds = SubtractionAudit.infer(disclosed);
        for (int r = 0; r < truth.length; r++) {
            for (int c = 0; c < truth[r].length; c++) {
                assertThat(bounds[r][c][0]).as("lower bound holds the truth").isLessThanOrEqualTo(truth[r][c]);
                assertThat(bounds[r][c][1]).as("upper bound holds the truth").isGreaterThanOrEqualTo(truth[r][c]);
                if (disclosed.states()[r][c] != CellState.SHOWN) {
                    assertThat(bounds[r][c][1] - bounds[r][c][0])
                            .as("cell %d,%d (truth %d) pinned down in %s published as %s", r, c, truth[r][c], java.util.Arrays.deepToString(table.cells()), java.util.Arrays.deepToString(disclosed.text())).isPositive();
                }
            }
        }
    }

    /** Found by the property above: zeros pinned through the totals row until the audit hid more cells. */
    @net.jqwik.api.Example
    void zerosNextToHiddenTotalsCannotBePinned() {
        CountTable table = table(new long[][] {{0, 0, 0, 8}, {0, 0, 0, 8}, {0, 0, 8, 8}}, true, true);
        Disclosed disclosed = policy.protect(table);
        long[][][] bounds = SubtractionAudit.infer(disclosed);
        for (int r = 0; r < bounds.length; r++) {
            for (int c = 0; c < bounds[r].length; c++) {
                if (disclosed.states()[r][c] != CellState.SHOWN) {
                    assertThat(bounds[r][c][1]).as("cell %d,%d", r, c).isGreaterThan(bounds[r][c][0]);
                }
            }
        }
    }

    @Property(tries = 500)
    void aggregatesNeedEnoughTellers(@ForAll @LongRange(min = 0, max = 40) long base,
                                     @ForAll @LongRange(min = 0, max = 40) long part) {
        assertThat(policy.percent(Math.min(part, base), base).isPresent()).isEqualTo(base >= 10);
        assertThat(policy.allowsQuote(base)).isEqualTo(base >= 10);
    }

    /** Volumes (hours, days of care) are published like amounts: three significant digits, at most 0.5% off. */
    @Property
    void aVolumeHasThreeSignificantDigits(@ForAll @LongRange(min = 0, max = 10_000_000) long volume) {
        long shown = policy.quantity(volume);
        assertThat(Math.abs(shown - volume)).isLessThanOrEqualTo(Math.max(0, volume / 200));
        assertThat(Long.toString(shown).replaceAll("0+$", "").length()).isLessThanOrEqualTo(3);
    }

    /** Tables of 1–6 rows and 1–6 columns, mostly small groups (0–20), with and without totals. */
    @Provide
    Arbitrary<CountTable> smallTables() {
        Arbitrary<Integer> dims = Arbitraries.integers().between(1, 6);
        return Combinators.combine(dims, dims, Arbitraries.of(true, false), Arbitraries.of(true, false))
                .flatAs((rows, cols, rowTotals, colTotals) -> Arbitraries.longs().between(0, 20)
                        .array(long[].class).ofSize(cols).array(long[][].class).ofSize(rows)
                        .map(cells -> table(cells, rowTotals, colTotals)));
    }

    static CountTable table(long[][] cells, boolean rowTotals, boolean colTotals) {
        List<String> rows = new ArrayList<>();
        List<String> cols = new ArrayList<>();
        for (int r = 0; r < cells.length; r++) {
            rows.add("r" + r);
        }
        for (int c = 0; c < cells[0].length; c++) {
            cols.add("c" + c);
        }
        return new CountTable("t", "", rows, cols, cells, rowTotals, colTotals, "totaal");
    }
}
