package nl.duiding.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import nl.duiding.analysis.SignifierAggregates.Shares;
import nl.duiding.analysis.TriadStatistics;

/** The one renderer: well-formed, escaped, readable at print size, and a published chart holds aggregates only. */
class ChartSvgTest {

    private static final List<String> CORNERS = List.of("Hulp & steun", "<script>alert(1)</script>", "\"Netwerk\"");

    private static TriadStatistics statistics() {
        TriadStatistics statistics = TriadStatistics.of("t");
        for (int i = 0; i < 30; i++) {
            statistics.add(0.6 + i % 3 * 0.1, 0.2 - i % 3 * 0.05, 0.2 - i % 3 * 0.05);
        }
        statistics.add(0.05, 0.05, 0.9);
        return statistics;
    }

    private static TriadChart published() {
        TriadStatistics s = statistics();
        return TriadChart.published("t", CORNERS, s.density(TriadChart.PUBLISHED_DIVISIONS), s.mean(),
                s.result().confidenceRegion(), 10);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    @Test
    void labelsAreEscapedByTheXmlWriter() throws Exception {
        String svg = ChartSvg.triad(published(), "Wat hielp? <b>", ChartSvg.Use.INLINE);
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script&gt;").contains("Hulp &amp; steun");
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("Wat hielp? <b>");
        NodeList texts = doc.getElementsByTagName("text");
        assertThat(texts.getLength()).isEqualTo(3);
        assertThat(texts.item(1).getTextContent()).isEqualTo("<script>alert(1)</script>");
        assertThat(texts.item(2).getTextContent()).isEqualTo("\"Netwerk\"");
    }

    @Test
    void everyTextIsAtLeastTwelvePixelsWhenPrintedAtItsOwnWidth() throws Exception {
        Document doc = parse(ChartSvg.triad(published(), "t", ChartSvg.Use.IMAGE));
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("400.0");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).startsWith("0 0 400.0 ");
        NodeList texts = doc.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            assertThat(Double.parseDouble(((Element) texts.item(i)).getAttribute("font-size"))).isGreaterThanOrEqualTo(12);
        }
    }

    @Test
    void aPublishedChartHasNoMarkPerTellerAndNoShapeForAHiddenCell() throws Exception {
        Document doc = parse(ChartSvg.triad(published(), "t", ChartSvg.Use.IMAGE));
        assertThat(doc.getElementsByTagName("circle").getLength()).isZero();
        List<Element> polygons = elements(doc.getElementsByTagName("polygon"));
        // 30 answers near A fall in cells of at least 10; the single answer near C is in a cell nobody draws
        long cells = polygons.stream().filter(p -> p.getAttribute("class").equals("density")).count();
        assertThat(cells).isEqualTo(published().cells().size()).isPositive();
        assertThat(published().cells()).allSatisfy(c -> assertThat(c.count()).isGreaterThanOrEqualTo(10));
        assertThat(doc.getElementsByTagName("path").getLength()).as("the mean").isEqualTo(1);
        assertThat(polygons).anySatisfy(p -> assertThat(p.getAttribute("class")).isEqualTo("region"));
    }

    @Test
    void aStandaloneImageLooksRightWithoutTheSiteStylesheet() throws Exception {
        Document doc = parse(ChartSvg.triad(published(), "t", ChartSvg.Use.IMAGE));
        assertThat(elements(doc.getElementsByTagName("rect"))).singleElement()
                .satisfies(r -> assertThat(r.getAttribute("fill")).isEqualTo("#ffffff"));
        for (Element p : elements(doc.getElementsByTagName("polygon"))) {
            assertThat(p.getAttribute("fill")).as("fill of %s", p.getAttribute("class")).isNotEmpty();
        }
        for (Element t : elements(doc.getElementsByTagName("text"))) {
            assertThat(t.getAttribute("font-family")).isNotEmpty();
            assertThat(t.getAttribute("fill")).isNotEmpty();
        }
        assertThat(parse(ChartSvg.triad(published(), "t", ChartSvg.Use.INLINE)).getElementsByTagName("rect").getLength()).isZero();
    }

    @Test
    void internalDotsAndTheExplorersHooksAreDrawn() throws Exception {
        TriadChart chart = TriadChart.frame("t", CORNERS).withDots("selected", 3.5, List.of(new Shares(1, 0, 0)))
                .withArea(List.of(new Shares(1, 0, 0), new Shares(0, 1, 0), new Shares(0, 0, 1)));
        Document doc = parse(ChartSvg.triad(chart, "t", ChartSvg.Use.INLINE, new ChartSvg.Interaction("x-svg", "x-lasso")));
        assertThat(doc.getDocumentElement().getAttribute("id")).isEqualTo("x-svg");
        Element circle = (Element) doc.getElementsByTagName("circle").item(0);
        assertThat(circle.getAttribute("cx")).isEqualTo("200.0");
        assertThat(((Element) circle.getParentNode()).getAttribute("class")).isEqualTo("dots selected");
        assertThat(((Element) doc.getElementsByTagName("polyline").item(0)).getAttribute("id")).isEqualTo("x-lasso");
    }

    @Test
    void aTrendDrawsNoDotAndNoPointForAHiddenPeriodAndARunningOneDashed() throws Exception {
        TrendChart chart = TrendChart.of(List.of(new TrendChart.Period("2026-09", 500L, "2026-09: € 5,00", false),
                new TrendChart.Period("2026-10", null, "hidden", false),
                new TrendChart.Period("2026-11", 400L, "2026-11: € 4,00", false),
                new TrendChart.Period("2026-12", 100L, "2026-12: € 1,00 <b>", true)), "€ 5,00");
        Document doc = parse(ChartSvg.trend(chart, "Bedrag & cliënten", "(loopt nog)", ChartSvg.Use.IMAGE));
        List<Element> circles = elements(doc.getElementsByTagName("circle"));
        assertThat(circles).hasSize(3);
        assertThat(circles.get(2).getAttribute("class")).isEqualTo("running");
        assertThat(circles.get(2).getTextContent()).isEqualTo("2026-12: € 1,00 <b> (loopt nog)");
        assertThat(elements(doc.getElementsByTagName("polyline"))).extracting(e -> e.getAttribute("points"))
                .containsExactly("120.0,24.0 450.7,58.4", "450.7,58.4 616.0,161.6");
        assertThat(elements(doc.getElementsByTagName("text"))).extracting(Element::getTextContent)
                .containsExactly("€ 5,00", "0", "09", "10", "11", "12");
        for (Element text : elements(doc.getElementsByTagName("text"))) {
            assertThat(Double.parseDouble(text.getAttribute("font-size"))).isGreaterThanOrEqualTo(12);
        }
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("Bedrag & cliënten");
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> list = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
