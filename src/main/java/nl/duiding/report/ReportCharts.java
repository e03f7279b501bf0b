package nl.duiding.report;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

import nl.duiding.analysis.SignifierAggregates.DensityGrid;
import nl.duiding.analysis.SignifierAggregates.Shares;

/**
 * The report's charts as finished SVG text, so they can be frozen with the report and drawn the same in the browser
 * and in the PDF. Same geometry as the dashboard's ternary plot and the production trend line; every label escaped.
 * Each chart is published next to a table with the same (disclosed) numbers.
 */
final class ReportCharts {

    static final double TRI_WIDTH = 400;
    static final double TRI_PAD = 40;

    private ReportCharts() {
    }

    /** Rows of the density grid in published triad charts: 25 small triangles, each a fifth of a corner's share. */
    static final int DIVISIONS = 5;

    /**
     * A published ternary plot (corners A top, B bottom left, C bottom right): aggregates only, never one mark per
     * teller. The triangle is cut into DIVISIONS² small triangles (counted by the statistics core,
     * {@code TriadStatistics.density}); a cell is shaded by how many answers fall in it,
     * and only when at least {@code minPerCell} do, so no mark stands for fewer than that many tellers. The mean is
     * marked. Counting shapes in the SVG or the PDF tells nothing the table beside it does not.
     */
    static String ternary(String title, List<String> corners, DensityGrid density, Shares mean, int minPerCell) {
        double side = TRI_WIDTH - 2 * TRI_PAD;
        double height = side * Math.sqrt(3) / 2;
        double[][] c = {{TRI_WIDTH / 2, TRI_PAD}, {TRI_PAD, TRI_PAD + height}, {TRI_WIDTH - TRI_PAD, TRI_PAD + height}};
        StringBuilder svg = open(TRI_WIDTH, height + 2 * TRI_PAD + 10, title);
        svg.append("<polygon class=\"outline\" fill=\"#f4f6f8\" stroke=\"#333333\" stroke-width=\"1.5\" points=\"")
                .append(n(c[0][0])).append(',').append(n(c[0][1])).append(' ').append(n(c[1][0])).append(',')
                .append(n(c[1][1])).append(' ').append(n(c[2][0])).append(',').append(n(c[2][1])).append("\"/>");
        long max = Math.max(1, density.max());
        for (DensityGrid.Cell cell : density.cells()) {
            cell(svg, c, cell.count(), max, minPerCell, new double[][] {{cell.p1().a(), cell.p1().b()},
                    {cell.p2().a(), cell.p2().b()}, {cell.p3().a(), cell.p3().b()}});
        }
        if (mean != null) {
            double[] m = position(c, new double[] {mean.a(), mean.b(), mean.c()});
            svg.append("<path class=\"mean\" d=\"M").append(n(m[0])).append(' ').append(n(m[1] - 8)).append(" L")
                    .append(n(m[0] + 8)).append(' ').append(n(m[1])).append(" L").append(n(m[0])).append(' ')
                    .append(n(m[1] + 8)).append(" L").append(n(m[0] - 8)).append(' ').append(n(m[1]))
                    .append(" Z\" fill=\"#c0392b\" stroke=\"#ffffff\" stroke-width=\"2\"/>");
        }
        label(svg, c[0][0], c[0][1] - 12, "middle", corners.get(0));
        label(svg, c[1][0], c[1][1] + 22, "start", corners.get(1));
        label(svg, c[2][0], c[2][1] + 22, "end", corners.get(2));
        return svg.append("</svg>").toString();
    }

    /** One density cell, drawn only when enough answers fall in it; shade by share of the fullest cell. */
    private static void cell(StringBuilder svg, double[][] c, long count, long max, int minPerCell, double[][] ab) {
        if (count < Math.max(1, minPerCell)) {
            return;
        }
        svg.append("<polygon class=\"density\" fill=\"#1f5fa8\" fill-opacity=\"")
                .append(n(0.15 + 0.6 * count / (double) max)).append("\" points=\"");
        for (int k = 0; k < 3; k++) {
            double[] xy = position(c, new double[] {ab[k][0], ab[k][1], Math.max(0, 1 - ab[k][0] - ab[k][1])});
            svg.append(k == 0 ? "" : " ").append(n(xy[0])).append(',').append(n(xy[1]));
        }
        svg.append("\"/>");
    }

    /** Horizontal bars; {@code values} are the already disclosed (rounded) numbers, {@code texts} what is printed. */
    static String bars(String title, List<String> labels, List<Long> values, List<String> texts) {
        double rowHeight = 28;
        double width = 560;
        double labelWidth = 190;
        double height = labels.size() * rowHeight + 16;
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder svg = open(width, height, title);
        for (int i = 0; i < labels.size(); i++) {
            double y = 8 + i * rowHeight;
            double barWidth = (width - labelWidth - 70) * values.get(i) / (double) max;
            label(svg, labelWidth - 8, y + 17, "end", labels.get(i));
            if (values.get(i) < 0) {
                // a hidden cell: its text ("< 8", "–") and no bar, so the drawing says no more than the table
                label(svg, labelWidth + 6, y + 17, "start", texts.get(i));
                continue;
            }
            svg.append("<rect x=\"").append(n(labelWidth)).append("\" y=\"").append(n(y + 4)).append("\" width=\"")
                    .append(n(Math.max(1, barWidth))).append("\" height=\"18\" fill=\"#1f5fa8\"/>");
            label(svg, labelWidth + Math.max(1, barWidth) + 6, y + 17, "start", texts.get(i));
        }
        return svg.append("</svg>").toString();
    }

    /** The amount per period as a line; {@code values} null where the policy hides the period. */
    static String trend(String title, List<String> periods, List<Long> values) {
        double width = 640;
        double height = 220;
        double padLeft = 40;
        double pad = 24;
        long max = Math.max(1, values.stream().filter(v -> v != null).mapToLong(Long::longValue).max().orElse(1));
        double step = periods.size() > 1 ? (width - padLeft - pad) / (periods.size() - 1) : 0;
        StringBuilder svg = open(width, height + 20, title);
        svg.append("<line x1=\"").append(n(padLeft)).append("\" y1=\"").append(n(height - pad)).append("\" x2=\"")
                .append(n(width - pad)).append("\" y2=\"").append(n(height - pad)).append("\" stroke=\"#333333\"/>");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            double x = padLeft + i * step;
            label(svg, x, height - 4, "middle", periods.get(i).length() > 5 ? periods.get(i).substring(5) : periods.get(i));
            Long v = values.get(i);
            if (v == null) {
                continue;
            }
            double y = pad + (height - 2 * pad) * (1 - Math.max(0, v) / (double) max);
            line.append(line.isEmpty() ? "" : " ").append(n(x)).append(',').append(n(y));
            svg.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"4\" fill=\"#1f5fa8\"/>");
        }
        if (!line.isEmpty()) {
            svg.append("<polyline fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2.5\" points=\"").append(line).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(double width, double height, String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" aria-label=\"").append(HtmlUtils.htmlEscape(title, "UTF-8")).append("\"><title>")
                .append(HtmlUtils.htmlEscape(title, "UTF-8")).append("</title>");
    }

    private static void label(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" font-family=\"DejaVu Sans\" font-size=\"12\" fill=\"#222222\">")
                .append(HtmlUtils.htmlEscape(text, "UTF-8")).append("</text>");
    }

    private static double[] position(double[][] c, double[] p) {
        double sum = p[0] + p[1] + p[2];
        if (sum <= 0) {
            return new double[] {(c[0][0] + c[1][0] + c[2][0]) / 3, (c[0][1] + c[1][1] + c[2][1]) / 3};
        }
        return new double[] {(p[0] * c[0][0] + p[1] * c[1][0] + p[2] * c[2][0]) / sum,
                (p[0] * c[0][1] + p[1] * c[1][1] + p[2] * c[2][1]) / sum};
    }

    /** Fixed notation with one decimal, the same on every machine and locale. */
    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
