package nl.duiding.dialogue;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a chart to standalone SVG text with the application's own template engine (so labels are escaped
 * exactly as on a page); the text is stored with the pinned snapshot and served as an image.
 */
@Component
class SvgRenderer {

    private final ITemplateEngine templates;

    SvgRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    String render(String fragment, Map<String, Object> variables, Locale locale) {
        return templates.process("dialogue/svg", Set.of(fragment), new Context(locale, variables)).strip();
    }
}
