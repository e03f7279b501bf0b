package nl.duiding.chart;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The one SVG renderer of Duiding's charts. Its output is used inline on dashboard pages, served as an image for a
 * dialogue's pinned material and frozen in council reports (HTML and PDF), so it carries presentation attributes and
 * looks right without the site's stylesheet; its class names let the site's stylesheet restyle it on a page.
 * Written with the JDK's {@link XMLStreamWriter}, which escapes every label and attribute.
 */
public final class ChartSvg {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";
    /** Every text of a chart: at least 12 px where the chart is printed at its own width (a report, a pinned image). */
    static final int FONT_SIZE = 16;
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
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter svg = XML.createXMLStreamWriter(out);
            open(svg, label, interaction == null ? null : interaction.id(), use);
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
                text(svg, "corner", corner.at(), corner.anchor(), corner.text());
            }
            svg.writeEndElement();
            svg.writeEndDocument();
            svg.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the chart " + chart.code(), e);
        }
        return out.toString();
    }

    private static void open(XMLStreamWriter svg, String label, String id, Use use) throws XMLStreamException {
        svg.writeStartElement("svg");
        svg.writeAttribute("xmlns", NAMESPACE);
        if (id != null) {
            svg.writeAttribute("id", id);
        }
        svg.writeAttribute("role", "img");
        svg.writeAttribute("width", n(TriadChart.WIDTH));
        svg.writeAttribute("height", n(TriadChart.VIEW_HEIGHT));
        svg.writeAttribute("viewBox", "0 0 " + n(TriadChart.WIDTH) + " " + n(TriadChart.VIEW_HEIGHT));
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

    private static void text(XMLStreamWriter svg, String cssClass, Point at, String anchor, String text)
            throws XMLStreamException {
        svg.writeStartElement("text");
        svg.writeAttribute("class", cssClass);
        svg.writeAttribute("x", n(at.x()));
        svg.writeAttribute("y", n(at.y()));
        svg.writeAttribute("text-anchor", anchor);
        svg.writeAttribute("font-family", FONT);
        svg.writeAttribute("font-size", Integer.toString(FONT_SIZE));
        svg.writeAttribute("fill", INK);
        svg.writeCharacters(text);
        svg.writeEndElement();
    }

    /** Fixed notation with one decimal, the same on every machine and locale. */
    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
