package nl.duiding.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The report's bars: escaped, no bar for a hidden cell, readable at print size. */
class BarChartTest {

    private static final BarChart CHART = BarChart.of(List.of(new BarChart.Bar("Cliënt & <script>", 20L, "20"),
            new BarChart.Bar("Ouder of verzorger", null, "< 8"), new BarChart.Bar("\"Jongere\"", 10L, "10")));

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    @Test
    void labelsAreEscapedByTheXmlWriter() throws Exception {
        String svg = ChartSvg.bars(CHART, "Verhalen per rol <b>", ChartSvg.Use.INLINE);
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script&gt;").contains("&amp;");
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("Verhalen per rol <b>");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Verhalen per rol <b>");
        assertThat(elements(doc.getElementsByTagName("text"))).extracting(Element::getTextContent)
                .containsExactly("Cliënt & <script>", "20", "Ouder of verzorger", "< 8", "\"Jongere\"", "10");
    }

    @Test
    void aHiddenCellKeepsItsRowButGetsNoBar() throws Exception {
        assertThat(CHART.rows()).extracting(BarChart.Row::hidden).containsExactly(false, true, false);
        Document doc = parse(ChartSvg.bars(CHART, "t", ChartSvg.Use.INLINE));
        List<Element> rects = elements(doc.getElementsByTagName("rect"));
        assertThat(rects).hasSize(2);
        assertThat(rects).extracting(r -> r.getAttribute("y")).containsExactly("12.0", "68.0");
        assertThat(Double.parseDouble(rects.get(0).getAttribute("width")))
                .isEqualTo(2 * Double.parseDouble(rects.get(1).getAttribute("width")));
        Element hiddenText = elements(doc.getElementsByTagName("text")).get(3);
        assertThat(hiddenText.getAttribute("x")).as("right of where a bar would start").isEqualTo("196.0");
    }

    @Test
    void everyTextIsAtLeastTwelvePixelsWhenPrintedAtItsOwnWidth() throws Exception {
        Document doc = parse(ChartSvg.bars(CHART, "t", ChartSvg.Use.INLINE));
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("560.0");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 560.0 100.0");
        List<Element> texts = elements(doc.getElementsByTagName("text"));
        assertThat(texts).hasSize(6);
        for (Element text : texts) {
            assertThat(Double.parseDouble(text.getAttribute("font-size"))).isGreaterThanOrEqualTo(12);
            assertThat(text.getAttribute("font-family")).isNotEmpty();
        }
    }
}
