package nl.duiding.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, injected into the page under test: the WCAG 2.0, 2.1 and 2.2 A and AA rules must report zero
 * violations. Violations are printed in the failure message. The newest axe-core is not published as a webjar,
 * so scripts/vendor-nl-design-system.sh keeps it in src/test/resources/axe-core (ADR 0026).
 */
final class Axe {

    private static final String SCRIPT = load();
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']}})
               .then(function (r) { done(JSON.stringify(r.violations.map(function (v) {
                   return {id: v.id, impact: v.impact, help: v.help,
                           nodes: v.nodes.map(function (n) { return n.target.join(' ') + ' :: ' + n.failureSummary; })};
               }), null, 1)); })
               .catch(function (e) { done('axe failed: ' + e); });""";

    private Axe() {
    }

    static void assertNoViolations(ChromeDriver browser, String page) {
        String violations = violations(browser);
        assertThat(violations).as("axe-core violations on " + page + ":\n" + violations).isEqualTo("[]");
    }

    /** The violations as JSON, "[]" when there are none. */
    static String violations(ChromeDriver browser) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.executeScript(SCRIPT);
        return (String) browser.executeAsyncScript(RUN);
    }

    private static String load() {
        String path = "axe-core/axe.min.js";
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe-core missing from the test classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
