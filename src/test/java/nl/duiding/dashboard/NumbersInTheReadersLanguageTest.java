package nl.duiding.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import nl.duiding.analysis.SignifierAggregates.DensityGrid;
import nl.duiding.analysis.SignifierAggregates.Shares;
import nl.duiding.analysis.SignifierAggregates.TriadAggregate;
import nl.duiding.analysis.TriadZone;

/**
 * Every number a page shows is written the reader's way (issue 15): 1.208 in Dutch, 1,208 in English. Renders the
 * dashboard's triad fragment with the application's templates and bundles, without Spring's context.
 */
class NumbersInTheReadersLanguageTest {

    private static final String BASENAMES = "messages/messages,messages/production,messages/security,messages/privacy,"
            + "messages/themes,messages/dialogue,messages/analysis,messages/landscape,messages/bench,messages/reports";

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(BASENAMES.split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    private static Document triad(Locale locale) {
        // 1,208 answers, all in the cell a 0.7–0.8, b 0.2–0.3 of corner A's zone
        Map<TriadZone, Long> zones = new EnumMap<>(TriadZone.class);
        for (TriadZone zone : TriadZone.values()) {
            zones.put(zone, zone == TriadZone.CORNER_A ? 1208L : 0L);
        }
        DensityGrid grid = new DensityGrid(10, List.of(new DensityGrid.Cell(new Shares(0.7, 0.2, 0.1),
                new Shares(0.8, 0.2, 0), new Shares(0.7, 0.3, 0), 1208)));
        TriadAggregate aggregate = new TriadAggregate("wat_hielp", 1208, new Shares(0.7, 0.2, 0.1), List.of(), List.of(),
                grid, zones);
        TriadPlot plot = TriadPlot.of("Wat hielp?", List.of("A", "B", "C"), aggregate);
        String html = engine().process("fragments/signifiers", Set.of("triad"),
                new Context(locale, Map.of("plot", plot)));
        return Jsoup.parse(html);
    }

    @Test
    void countsHaveADotForThousandsInDutchAndACommaInEnglish() {
        Document nl = triad(Locale.forLanguageTag("nl"));
        assertThat(nl.select("#triad-zones-wat_hielp tr[data-zone=CORNER_A] td").text()).isEqualTo("1.208");
        assertThat(nl.select("#triad-density-wat_hielp tbody td").text()).isEqualTo("1.208");
        Document en = triad(Locale.ENGLISH);
        assertThat(en.select("#triad-zones-wat_hielp tr[data-zone=CORNER_A] td").text()).isEqualTo("1,208");
        assertThat(en.select("#triad-density-wat_hielp tbody td").text()).isEqualTo("1,208");
    }
}
