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
 * Adds up one triad question's answers in a single pass: running sums for the mean and covariance in the plane of
 * the triangle, a triangular density grid, zone counts and a display sample. Optionally keeps every point (for
 * the permutation test of a comparison).
 */
final class TriadAccumulator {

    static final int DIVISIONS = 10;
    static final double CONFIDENCE = 0.95;
    private static final double H = Math.sqrt(3) / 2;
    private static final int REGION_STEPS = 48;

    private final String code;
    private final int stride;
    private long n;
    private double sumA;
    private double sumB;
    private double sumC;
    private double sumX;
    private double sumY;
    private double sumXX;
    private double sumYY;
    private double sumXY;
    private final long[] up = new long[DIVISIONS * DIVISIONS];
    private final long[] down = new long[DIVISIONS * DIVISIONS];
    private final long[] zones = new long[TriadZone.values().length];
    private final List<Shares> sample = new ArrayList<>();
    private final PointBuffer raw;

    TriadAccumulator(String code, int stride, boolean keepRaw) {
        this.code = code;
        this.stride = Math.max(1, stride);
        this.raw = keepRaw ? new PointBuffer() : null;
    }

    void add(double a, double b, double c) {
        double x = x(a, c);
        double y = y(a);
        if (n % stride == 0 && sample.size() < TriadAggregate.MAX_POINTS) {
            sample.add(new Shares(a, b, c));
        }
        n++;
        sumA += a;
        sumB += b;
        sumC += c;
        sumX += x;
        sumY += y;
        sumXX += x * x;
        sumYY += y * y;
        sumXY += x * y;
        zones[TriadZone.of(a, b, c).ordinal()]++;
        countCell(a, b);
        if (raw != null) {
            raw.add(x, y);
        }
    }

    long n() {
        return n;
    }

    /** Every point in the plane of the triangle (x, y), or null when not kept. */
    PointBuffer raw() {
        return raw;
    }

    TriadAggregate result() {
        Map<TriadZone, Long> zoneCounts = new EnumMap<>(TriadZone.class);
        for (TriadZone zone : TriadZone.values()) {
            zoneCounts.put(zone, zones[zone.ordinal()]);
        }
        Shares mean = n == 0 ? null : new Shares(sumA / n, sumB / n, sumC / n);
        return new TriadAggregate(code, n, mean, confidenceRegion(), List.copyOf(sample), density(), zoneCounts);
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
        if (n < 3) {
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
     * the remaining fractions add up to less than one step, the downward one otherwise.
     */
    private void countCell(double a, double b) {
        double u = a * DIVISIONS;
        double v = b * DIVISIONS;
        int i = Math.clamp((int) Math.floor(u), 0, DIVISIONS - 1);
        int j = Math.clamp((int) Math.floor(v), 0, DIVISIONS - 1);
        if (i + j > DIVISIONS - 1) {
            j = DIVISIONS - 1 - i;
        }
        boolean upward = i + j == DIVISIONS - 1 || (u - i) + (v - j) < 1;
        (upward ? up : down)[i * DIVISIONS + j]++;
    }

    private DensityGrid density() {
        List<DensityGrid.Cell> cells = new ArrayList<>();
        double k = DIVISIONS;
        for (int i = 0; i < DIVISIONS; i++) {
            for (int j = 0; i + j < DIVISIONS; j++) {
                cells.add(new DensityGrid.Cell(at(i / k, j / k), at((i + 1) / k, j / k), at(i / k, (j + 1) / k),
                        up[i * DIVISIONS + j]));
                if (i + j < DIVISIONS - 1) {
                    cells.add(new DensityGrid.Cell(at((i + 1) / k, j / k), at(i / k, (j + 1) / k),
                            at((i + 1) / k, (j + 1) / k), down[i * DIVISIONS + j]));
                }
            }
        }
        return new DensityGrid(DIVISIONS, cells);
    }

    private static Shares at(double a, double b) {
        return new Shares(a, b, Math.max(0, 1 - a - b));
    }
}
