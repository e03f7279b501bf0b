package nl.duiding.report;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;


/**
 * The report's bar and trend charts as finished SVG text, so they can be frozen with the report and drawn the same in
 * the browser and in the PDF; every label escaped. The triad is drawn by the one renderer, {@code chart.ChartSvg}.
 * Each chart is published next to a table with the same (disclosed) numbers.
 */
final class ReportCharts {

    private ReportCharts() {
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

    /** Fixed notation with one decimal, the same on every machine and locale. */
    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
