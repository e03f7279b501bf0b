package nl.duiding.report;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;


/**
 * The report's bar chart as finished SVG text, so they can be frozen with the report and drawn the same in
 * the browser and in the PDF; every label escaped. The triad and the trend line are drawn by the one renderer, {@code chart.ChartSvg}.
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
