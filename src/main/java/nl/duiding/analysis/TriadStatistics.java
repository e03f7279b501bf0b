package nl.duiding.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.statistics.distribution.FDistribution;

import nl.duiding.analysis.SignifierAggregates.DensityGrid;
import nl.duiding.analysis.SignifierAggregates.Shares;
import nl.duiding.analysis.SignifierAggregates.TriadAggregate;

/**
 * The one computation of a triad's figures (ADR 0025): count, mean, 95% region, zones and density cells, added up in
 * a single pass from index doc values (dashboard, warm next to cold, dialogue) or from a stream of stories (council
 * report). Every answer first passes {@link #exact}, the one precision rule, so an answer on a tenth is counted on
 * that tenth wherever it is read from. Optionally keeps every point (the permutation test of a comparison).
 */
public final class TriadStatistics {

    static final int DIVISIONS = 10;
    static final double CONFIDENCE = 0.95;
    /** Shares are given to at most six decimals; rounding to that makes a float's 0.6999999 a 0.7 again. */
    private static final double PRECISION = 1_000_000d;
    private static final double H = Math.sqrt(3) / 2;
    private static final int REGION_STEPS = 48;

    private final String code;
    private final int stride;
    private final boolean full;
    private long n;
    /** Sums of the shares in millionths: whole numbers, so the mean does not depend on the order of the answers. */
    private long sumA;
    private long sumB;
    private long sumC;
    private double sumX;
    private double sumY;
    private double sumXX;
    private double sumYY;
    private double sumXY;
    private final long[] up;
    private final long[] down;
    private final long[] zones;
    private final List<Shares> sample = new ArrayList<>();
    private final PointBuffer raw;

    private TriadStatistics(String code, int stride, boolean keepRaw, boolean full) {
        this.code = code;
        this.stride = Math.max(1, stride);
        this.full = full;
        this.raw = keepRaw ? new PointBuffer() : null;
        this.up = full ? new long[DIVISIONS * DIVISIONS] : null;
        this.down = full ? new long[DIVISIONS * DIVISIONS] : null;
        this.zones = full ? new long[TriadZone.values().length] : null;
    }

    /** Every figure of one triad question; no display sample. */
    public static TriadStatistics of(String code) {
        return new TriadStatistics(code, 1, false, true);
    }

    /** Every figure, a display sample of every {@code stride}-th answer, and optionally every point. */
    static TriadStatistics sampled(String code, int stride, boolean keepRaw) {
        return new TriadStatistics(code, stride, keepRaw, true);
    }

    /** Count and mean only (the grouped summaries of warm next to cold, one per period and question). */
    static TriadStatistics meanOnly(String code) {
        return new TriadStatistics(code, 1, false, false);
    }

    /**
     * The one precision rule for a triad answer: shares divided by their sum (a teller's answer may miss 1 by
     * 0.001) and rounded to six decimals, so a tenth stays a tenth. Null for an answer without any share.
     */
    public static Shares exact(double a, double b, double c) {
        double sum = a + b + c;
        if (!(sum > 0)) {
            return null;
        }
        double ea = round(a / sum);
        double eb = round(b / sum);
        return new Shares(ea, eb, round(Math.max(0, 1 - ea - eb)));
    }

    static double round(double value) {
        return Math.round(value * PRECISION) / PRECISION;
    }

    /** Adds one answer (after {@link #exact}); an answer without any share is left out. */
    public void add(double a, double b, double c) {
        Shares s = exact(a, b, c);
        if (s == null) {
            return;
        }
        if (full && n % stride == 0 && sample.size() < TriadAggregate.MAX_POINTS) {
            sample.add(s);
        }
        n++;
        sumA += Math.round(s.a() * PRECISION);
        sumB += Math.round(s.b() * PRECISION);
        sumC += Math.round(s.c() * PRECISION);
        if (!full) {
            return;
        }
        double x = x(s.a(), s.c());
        double y = y(s.a());
        sumX += x;
        sumY += y;
        sumXX += x * x;
        sumYY += y * y;
        sumXY += x * y;
        zones[TriadZone.of(s.a(), s.b(), s.c()).ordinal()]++;
        countCell(s.a(), s.b());
        if (raw != null) {
            raw.add(x, y);
        }
    }

    /** Adds another part's sums of the same question (a second thread's share of the documents). */
    void merge(TriadStatistics other) {
        n += other.n;
        sumA += other.sumA;
        sumB += other.sumB;
        sumC += other.sumC;
        sumX += other.sumX;
        sumY += other.sumY;
        sumXX += other.sumXX;
        sumYY += other.sumYY;
        sumXY += other.sumXY;
        if (full && other.full) {
            for (int i = 0; i < up.length; i++) {
                up[i] += other.up[i];
                down[i] += other.down[i];
            }
            for (int i = 0; i < zones.length; i++) {
                zones[i] += other.zones[i];
            }
        }
    }

    public long n() {
        return n;
    }

    /** The mean shares, or null without answers. */
    public Shares mean() {
        double scale = n * PRECISION;
        return n == 0 ? null : new Shares(sumA / scale, sumB / scale, sumC / scale);
    }

    /** Every point in the plane of the triangle (x, y), or null when not kept. */
    PointBuffer raw() {
        return raw;
    }

    public TriadAggregate result() {
        return new TriadAggregate(code, n, mean(), confidenceRegion(), List.copyOf(sample), density(DIVISIONS), zones());
    }

    /** Answers per zone (ADR 0009). */
    public Map<TriadZone, Long> zones() {
        Map<TriadZone, Long> zoneCounts = new EnumMap<>(TriadZone.class);
        for (TriadZone zone : TriadZone.values()) {
            zoneCounts.put(zone, full ? zones[zone.ordinal()] : 0L);
        }
        return zoneCounts;
    }

    /** Plane coordinates: B at (0,0), C at (1,0), A at (1/2, √3/2); an affine map, so means carry over. */
    static double x(double a, double c) {
        return c + a / 2;
    }

    static double y(double a) {
        return a * H;
    }

    static Shares shares(double x, double y) {
        double a = y / H;
        double c = x - a / 2;
        return new Shares(a, 1 - a - c, c);
    }

    /**
     * The 95% confidence region for the mean: the ellipse {μ : n (x̄−μ)ᵀ S⁻¹ (x̄−μ) ≤ T²}, T² = 2(n−1)/(n−2) ·
     * F(0.95; 2, n−2) (Hotelling), drawn through S's Cholesky factor.
     */
    private List<Shares> confidenceRegion() {
        if (!full || n < 3) {
            return List.of();
        }
        double mx = sumX / n;
        double my = sumY / n;
        double sxx = (sumXX - n * mx * mx) / (n - 1);
        double syy = (sumYY - n * my * my) / (n - 1);
        double sxy = (sumXY - n * mx * my) / (n - 1);
        double l11 = Math.sqrt(Math.max(sxx, 0));
        if (l11 < 1e-9) {
            return List.of();
        }
        double l21 = sxy / l11;
        double rest = syy - l21 * l21;
        if (rest < 1e-12) {
            return List.of();
        }
        double l22 = Math.sqrt(rest);
        double f = FDistribution.of(2, n - 2.0).inverseCumulativeProbability(CONFIDENCE);
        double radius = Math.sqrt(2.0 * (n - 1) / (n - 2) * f / n);
        List<Shares> boundary = new ArrayList<>(REGION_STEPS);
        for (int i = 0; i < REGION_STEPS; i++) {
            double t = 2 * Math.PI * i / REGION_STEPS;
            double u = radius * Math.cos(t);
            double v = radius * Math.sin(t);
            boundary.add(shares(mx + l11 * u, my + l21 * u + l22 * v));
        }
        return boundary;
    }

    /**
     * The cell of a point on a grid of DIVISIONS rows: (i, j) = whole steps of a and b; the upward triangle when
     * the remaining fractions add up to less than one step, the downward one otherwise. Counted in millionths of a
     * step, whole numbers, so a point on a cell's edge is never pushed across it by a rounding error.
     */
    private void countCell(double a, double b) {
        long step = (long) PRECISION;
        long u = Math.round(a * DIVISIONS * PRECISION);
        long v = Math.round(b * DIVISIONS * PRECISION);
        int i = (int) Math.clamp(u / step, 0, DIVISIONS - 1);
        int j = (int) Math.clamp(v / step, 0, DIVISIONS - 1);
        if (i + j > DIVISIONS - 1) {
            j = DIVISIONS - 1 - i;
        }
        boolean upward = i + j == DIVISIONS - 1 || (u - i * step) + (v - j * step) < step;
        (upward ? up : down)[i * DIVISIONS + j]++;
    }

    /**
     * The density on a grid of {@code divisions} rows, a divisor of {@link #DIVISIONS} (the council report draws 5),
     * coarsened from the fine grid by {@link DensityGrid#coarsened}.
     */
    public DensityGrid density(int divisions) {
        if (divisions <= 0 || DIVISIONS % divisions != 0) {
            throw new IllegalArgumentException("divisions must divide " + DIVISIONS + ": " + divisions);
        }
        long[] none = new long[DIVISIONS * DIVISIONS];
        DensityGrid fine = DensityGrid.of(DIVISIONS, full ? up : none, full ? down : none);
        return divisions == DIVISIONS ? fine : fine.coarsened(divisions);
    }
}
