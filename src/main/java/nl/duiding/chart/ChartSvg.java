package nl.duiding.chart;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The one SVG renderer of Duiding's charts (the ternary plot, the trend line and the bars). Its output is used inline
 * on dashboard pages, served as an image for a dialogue's pinned material and frozen in council reports (HTML and
 * PDF), so it carries presentation attributes and
 * looks right without the site's stylesheet; its class names let the site's stylesheet restyle it on a page.
 * Written with the JDK's {@link XMLStreamWriter}, which escapes every label and attribute.
 */
public final class ChartSvg {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";
    /** Every text of a chart: at least 12 px where the chart is printed at its own width (a report, a pinned image). */
    static final int FONT_SIZE = 16;
    /** The trend's texts: 14 units, 14 px where its 640 units are printed 640 px wide. */
    static final int TREND_FONT_SIZE = 14;
    /** The bars' texts: 14 px, a role's label fits left of the bars. */
    static final int BAR_FONT_SIZE = 14;
    private static final String FONT = "DejaVu Sans, sans-serif";
    private static final String INK = "#1b1f24";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    /** Where a chart goes: into a page or report (no background), or standalone as an image (white background). */
    public enum Use { INLINE, IMAGE }

    /** Optional hooks of the explorer: the svg's id and an empty lasso line its script draws into. */
    public record Interaction(String id, String lassoId) {
    }

    private ChartSvg() {
    }

    /** A triad's ternary plot; {@code label} names it for screen readers (its title). */
    public static String triad(TriadChart chart, String label, Use use) {
        return triad(chart, label, use, null);
    }

    public static String triad(TriadChart chart, String label, Use use, Interaction interaction) {
        return write("the chart " + chart.code(), svg -> {
            open(svg, label, interaction == null ? null : interaction.id(), use, TriadChart.WIDTH, TriadChart.VIEW_HEIGHT);
            polygon(svg, "frame outline", chart.frame(), "fill", "#fafcff", "stroke", "#5d6b7a", "stroke-width", "1.5");
            svg.writeStartElement("g");
            svg.writeAttribute("class", "density");
            for (TriadChart.Cell cell : chart.cells()) {
                polygon(svg, "density", cell.polygon(), "fill", "#1f5fa8", "fill-opacity", n(cell.opacity()));
            }
            svg.writeEndElement();
            for (TriadChart.Dots dots : chart.dots()) {
                dots(svg, dots);
            }
            if (!chart.region().isEmpty()) {
                polygon(svg, "region", chart.region(), "fill", "none", "stroke", INK, "stroke-width", "1.5",
                        "stroke-dasharray", "4 3");
            }
            if (chart.mean() != null) {
                mean(svg, chart.mean());
            }
            if (!chart.area().isEmpty()) {
                polygon(svg, "area", chart.area(), "fill", "#1d3b8f", "fill-opacity", "0.08", "stroke", "#1d3b8f",
                        "stroke-dasharray", "4 3");
            }
            if (interaction != null && interaction.lassoId() != null) {
                svg.writeEmptyElement("polyline");
                svg.writeAttribute("class", "lasso");
                svg.writeAttribute("id", interaction.lassoId());
                svg.writeAttribute("points", "");
                svg.writeAttribute("fill", "none");
                svg.writeAttribute("stroke", "#b3261e");
                svg.writeAttribute("stroke-width", "1.5");
            }
            for (TriadChart.Label corner : chart.labels()) {
                text(svg, "corner", corner.at(), corner.anchor(), corner.text(), FONT_SIZE);
            }
        });
    }

    /**
     * A value per period as a line: axes, the top value, a dot per shown period (its text as a tooltip,
     * {@code runningNote} added for a running period), the dashed end of running periods and a tick per period.
     */
    public static String trend(TrendChart chart, String label, String runningNote, Use use) {
        return write("the trend " + label, svg -> {
            open(svg, label, null, use, TrendChart.WIDTH, TrendChart.HEIGHT);
            double left = TrendChart.PAD_LEFT;
            double bottom = TrendChart.HEIGHT - TrendChart.PAD;
            line(svg, left, bottom, TrendChart.WIDTH - TrendChart.PAD, bottom);
            line(svg, left, TrendChart.PAD, left, bottom);
            text(svg, "label", new Point(left - 6, TrendChart.PAD + 4), "end", chart.maxLabel(), TREND_FONT_SIZE);
            text(svg, "label", new Point(left - 6, bottom), "end", "0", TREND_FONT_SIZE);
            polyline(svg, "line", chart.points(), "2.5", null);
            polyline(svg, "line running", chart.runningPoints(), "2", "5 4");
            svg.writeStartElement("g");
            svg.writeAttribute("class", "dots");
            svg.writeAttribute("fill", "#0b5cad");
            svg.writeAttribute("stroke", "#0b5cad");
            svg.writeAttribute("stroke-width", "1.5");
            for (TrendChart.Dot dot : chart.dots()) {
                svg.writeStartElement("circle");
                if (dot.running()) {
                    svg.writeAttribute("class", "running");
                    svg.writeAttribute("fill", "#ffffff");
                }
                svg.writeAttribute("r", "3.5");
                svg.writeAttribute("cx", n(dot.x()));
                svg.writeAttribute("cy", n(dot.y()));
                svg.writeStartElement("title");
                svg.writeCharacters(dot.running() && runningNote != null ? dot.label() + " " + runningNote : dot.label());
                svg.writeEndElement();
                svg.writeEndElement();
            }
            svg.writeEndElement();
            svg.writeStartElement("g");
            svg.writeAttribute("class", "ticks");
            for (TrendChart.Tick tick : chart.ticks()) {
                String key = tick.label();
                text(svg, "label", new Point(tick.x(), TrendChart.HEIGHT - 6), "middle",
                        key.contains("-") ? key.substring(key.indexOf('-') + 1) : key, TREND_FONT_SIZE);
            }
            svg.writeEndElement();
        });
    }

    /** Labelled horizontal bars; a hidden row gets its label and text, no bar. */
    public static String bars(BarChart chart, String label, Use use) {
        return write("the bars " + label, svg -> {
            open(svg, label, null, use, BarChart.WIDTH, chart.height());
            for (BarChart.Row row : chart.rows()) {
                double baseline = row.y() + 17;
                text(svg, "label", new Point(BarChart.LABEL_WIDTH - 8, baseline), "end", row.label(), BAR_FONT_SIZE);
                double textX = BarChart.LABEL_WIDTH + 6;
                if (!row.hidden()) {
                    svg.writeEmptyElement("rect");
                    svg.writeAttribute("class", "bar");
                    svg.writeAttribute("x", n(BarChart.LABEL_WIDTH));
                    svg.writeAttribute("y", n(row.y() + 4));
                    svg.writeAttribute("width", n(row.barWidth()));
                    svg.writeAttribute("height", n(BarChart.BAR_HEIGHT));
                    svg.writeAttribute("fill", "#1f5fa8");
                    textX += row.barWidth();
                }
                text(svg, "value", new Point(textX, baseline), "start", row.text(), BAR_FONT_SIZE);
            }
        });
    }

    /** Something drawn into an open document. */
    private interface Drawing {
        void draw(XMLStreamWriter svg) throws XMLStreamException;
    }

    /** A whole SVG document: {@code drawing} opens the svg element, this closes it and the document. */
    private static String write(String what, Drawing drawing) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter svg = XML.createXMLStreamWriter(out);
            drawing.draw(svg);
            svg.writeEndElement();
            svg.writeEndDocument();
            svg.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + what, e);
        }
        return out.toString();
    }

    private static void line(XMLStreamWriter svg, double x1, double y1, double x2, double y2) throws XMLStreamException {
        svg.writeEmptyElement("line");
        svg.writeAttribute("class", "axis");
        svg.writeAttribute("x1", n(x1));
        svg.writeAttribute("y1", n(y1));
        svg.writeAttribute("x2", n(x2));
        svg.writeAttribute("y2", n(y2));
        svg.writeAttribute("stroke", "#5d6b7a");
        svg.writeAttribute("stroke-width", "1");
    }

    private static void polyline(XMLStreamWriter svg, String cssClass, String points, String width, String dashes)
            throws XMLStreamException {
        if (points.isEmpty()) {
            return;
        }
        svg.writeEmptyElement("polyline");
        svg.writeAttribute("class", cssClass);
        svg.writeAttribute("points", points);
        svg.writeAttribute("fill", "none");
        svg.writeAttribute("stroke", "#0b5cad");
        svg.writeAttribute("stroke-width", width);
        if (dashes != null) {
            svg.writeAttribute("stroke-dasharray", dashes);
        }
    }

    private static void open(XMLStreamWriter svg, String label, String id, Use use, double width, double height)
            throws XMLStreamException {
        svg.writeStartElement("svg");
        svg.writeAttribute("xmlns", NAMESPACE);
        if (id != null) {
            svg.writeAttribute("id", id);
        }
        svg.writeAttribute("role", "img");
        svg.writeAttribute("width", n(width));
        svg.writeAttribute("height", n(height));
        svg.writeAttribute("viewBox", "0 0 " + n(width) + " " + n(height));
        svg.writeAttribute("aria-label", label);
        svg.writeStartElement("title");
        svg.writeCharacters(label);
        svg.writeEndElement();
        if (use == Use.IMAGE) {
            svg.writeEmptyElement("rect");
            svg.writeAttribute("width", "100%");
            svg.writeAttribute("height", "100%");
            svg.writeAttribute("fill", "#ffffff");
        }
    }

    private static void dots(XMLStreamWriter svg, TriadChart.Dots dots) throws XMLStreamException {
        svg.writeStartElement("g");
        svg.writeAttribute("class", dots.kind().isEmpty() ? "dots" : "dots " + dots.kind());
        svg.writeAttribute("fill", "#0b5cad");
        svg.writeAttribute("fill-opacity", "0.28");
        for (Point p : dots.points()) {
            svg.writeEmptyElement("circle");
            svg.writeAttribute("r", n(dots.radius()));
            svg.writeAttribute("cx", n(p.x()));
            svg.writeAttribute("cy", n(p.y()));
        }
        svg.writeEndElement();
    }

    /** The mean: a diamond 7 units from its centre to each tip. */
    private static void mean(XMLStreamWriter svg, Point m) throws XMLStreamException {
        svg.writeEmptyElement("path");
        svg.writeAttribute("class", "mean");
        svg.writeAttribute("d", "M" + n(m.x()) + " " + n(m.y() - 7) + " L" + n(m.x() + 7) + " " + n(m.y()) + " L"
                + n(m.x()) + " " + n(m.y() + 7) + " L" + n(m.x() - 7) + " " + n(m.y()) + " Z");
        svg.writeAttribute("fill", INK);
        svg.writeAttribute("stroke", "#ffffff");
        svg.writeAttribute("stroke-width", "1.5");
    }

    private static void polygon(XMLStreamWriter svg, String cssClass, List<Point> points, String... attributes)
            throws XMLStreamException {
        svg.writeEmptyElement("polygon");
        svg.writeAttribute("class", cssClass);
        svg.writeAttribute("points", points.stream().map(p -> n(p.x()) + "," + n(p.y())).collect(Collectors.joining(" ")));
        for (int i = 0; i < attributes.length; i += 2) {
            svg.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    private static void text(XMLStreamWriter svg, String cssClass, Point at, String anchor, String text, int size)
            throws XMLStreamException {
        svg.writeStartElement("text");
        svg.writeAttribute("class", cssClass);
        svg.writeAttribute("x", n(at.x()));
        svg.writeAttribute("y", n(at.y()));
        svg.writeAttribute("text-anchor", anchor);
        svg.writeAttribute("font-family", FONT);
        svg.writeAttribute("font-size", Integer.toString(size));
        svg.writeAttribute("fill", INK);
        svg.writeCharacters(text);
        svg.writeEndElement();
    }

    /** Fixed notation with one decimal, the same on every machine and locale. */
    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
