package nl.duiding.chart;

import java.util.ArrayList;
import java.util.List;

import nl.duiding.analysis.SignifierAggregates.DensityGrid;
import nl.duiding.analysis.SignifierAggregates.Shares;
import nl.duiding.analysis.SignifierAggregates.TriadAggregate;

/**
 * The geometry of a triad drawn as a ternary plot (corner A on top, B bottom left, C bottom right), the one picture
 * of a triad everywhere: {@link ChartSvg#triad} draws it. Geometry only: every figure behind it (cells, mean, region)
 * comes from the statistics core, {@code analysis.TriadStatistics}.
 *
 * <p>{@link #published} is the only chart that may leave the municipality (council reports, dialogue material a
 * provider sees): aggregates only — density cells with at least the minimum number of tellers, the mean and its
 * region, never one mark per teller and no shape for a hidden cell. Dots exist only on internal pages
 * ({@link #internal}, {@link #withDots}).
 *
 * @param labels the corner labels with where they stand
 * @param cells  the density cells drawn, each with its count (the data table behind the picture)
 * @param mean   the mean, or null
 * @param region the boundary of the mean's 95% region, or empty
 * @param dots   groups of single answers (internal pages only)
 * @param area   a selected area outlined (the explorer), or empty
 */
public record TriadChart(String code, List<Label> labels, List<Cell> cells, Point mean, List<Point> region,
                         List<Dots> dots, List<Point> area) {

    public static final double WIDTH = 400;
    public static final double PAD = 40;
    public static final double HEIGHT = (WIDTH - 2 * PAD) * Math.sqrt(3) / 2;
    public static final double VIEW_HEIGHT = Math.round((HEIGHT + 2 * PAD) * 10) / 10.0;
    /** Rows of the density grid in published charts: 25 cells, each a fifth of a corner's share. */
    public static final int PUBLISHED_DIVISIONS = 5;

    /** A corner label: its text, where its baseline starts and how it is anchored (start, middle, end). */
    public record Label(String text, Point at, String anchor) {
    }

    /** A density cell: its polygon, its count, a fill opacity that grows with the count, and its range of shares. */
    public record Cell(List<Point> polygon, long count, double opacity, String label) {
    }

    /** Single answers drawn as circles of one radius; {@code kind} names the group ("selected", "own"). */
    public record Dots(String kind, double radius, List<Point> points) {
    }

    public TriadChart {
        labels = List.copyOf(labels);
        cells = List.copyOf(cells);
        region = List.copyOf(region);
        dots = List.copyOf(dots);
        area = List.copyOf(area);
    }

    /** The empty triangle with its corner labels. */
    public static TriadChart frame(String code, List<String> corners) {
        return new TriadChart(code, labels(corners), List.of(), null, List.of(), List.of(), List.of());
    }

    /**
     * A chart for outside the municipality: only cells with at least {@code minPerCell} answers are drawn (the others
     * stay blank, with no shape), the mean and its region; never a dot.
     */
    public static TriadChart published(String code, List<String> corners, DensityGrid density, Shares mean,
                                       List<Shares> region, int minPerCell) {
        return new TriadChart(code, labels(corners), cells(density, Math.max(1, minPerCell)),
                mean == null ? null : position(mean), polygon(region), List.of(), List.of());
    }

    /** The internal dashboard's chart: every filled cell, the display sample of answers, the mean and its region. */
    public static TriadChart internal(List<String> corners, TriadAggregate aggregate) {
        return new TriadChart(aggregate.code(), labels(corners), cells(aggregate.density(), 1),
                aggregate.mean() == null ? null : position(aggregate.mean()), polygon(aggregate.confidenceRegion()),
                List.of(), List.of()).withDots("", 2.5, aggregate.points());
    }

    /** This chart with one more group of single answers: for internal pages only. */
    public TriadChart withDots(String kind, double radius, List<Shares> answers) {
        List<Dots> all = new ArrayList<>(dots);
        all.add(new Dots(kind, radius, polygon(answers)));
        return new TriadChart(code, labels, cells, mean, region, all, area);
    }

    /** This chart with a selected area outlined. */
    public TriadChart withArea(List<Shares> outline) {
        return new TriadChart(code, labels, cells, mean, region, dots, polygon(outline));
    }

    /** The three corners of the triangle: A, B, C. */
    public List<Point> frame() {
        return List.of(corner(0), corner(1), corner(2));
    }

    /** Where an answer lands in the triangle; the centre for an answer without any share. */
    public static Point position(double a, double b, double c) {
        double sum = a + b + c;
        if (!(sum > 0)) {
            return Point.rounded(WIDTH / 2, PAD + HEIGHT * 2 / 3);
        }
        Point pa = corner(0);
        Point pb = corner(1);
        Point pc = corner(2);
        return Point.rounded((a * pa.x() + b * pb.x() + c * pc.x()) / sum, (a * pa.y() + b * pb.y() + c * pc.y()) / sum);
    }

    public static Point position(Shares s) {
        return position(s.a(), s.b(), s.c());
    }

    /** The cell's range of shares per corner, e.g. "A 30–40%, B 10–20%, C 40–60%": the row of its data table. */
    public static String cellLabel(DensityGrid.Cell c) {
        return range("A", c.p1().a(), c.p2().a(), c.p3().a()) + ", " + range("B", c.p1().b(), c.p2().b(), c.p3().b())
                + ", " + range("C", c.p1().c(), c.p2().c(), c.p3().c());
    }

    /** The fill opacity of a cell with {@code count} answers when the fullest has {@code max}: 0.2 to 0.9 in tenths. */
    static double opacity(long count, long max) {
        return Math.round((0.15 + 0.75 * count / (double) Math.max(1, max)) * 10) / 10.0;
    }

    private static Point corner(int corner) {
        return switch (corner) {
            case 0 -> Point.rounded(WIDTH / 2, PAD);
            case 1 -> Point.rounded(PAD, PAD + HEIGHT);
            default -> Point.rounded(WIDTH - PAD, PAD + HEIGHT);
        };
    }

    private static List<Label> labels(List<String> corners) {
        double bottom = VIEW_HEIGHT - 12;
        return List.of(new Label(corners.get(0), new Point(WIDTH / 2, PAD - 12), "middle"),
                new Label(corners.get(1), new Point(PAD, bottom), "start"),
                new Label(corners.get(2), new Point(WIDTH - PAD, bottom), "end"));
    }

    private static List<Cell> cells(DensityGrid density, int minPerCell) {
        long max = density.max();
        List<Cell> cells = new ArrayList<>();
        for (DensityGrid.Cell c : density.cells()) {
            if (c.count() >= minPerCell) {
                cells.add(new Cell(polygon(List.of(c.p1(), c.p2(), c.p3())), c.count(), opacity(c.count(), max), cellLabel(c)));
            }
        }
        return cells;
    }

    private static List<Point> polygon(List<Shares> shares) {
        return shares.stream().map(TriadChart::position).toList();
    }

    private static String range(String corner, double x, double y, double z) {
        long lo = Math.round(Math.min(x, Math.min(y, z)) * 100);
        long hi = Math.round(Math.max(x, Math.max(y, z)) * 100);
        return corner + " " + lo + "–" + hi + "%";
    }
}
