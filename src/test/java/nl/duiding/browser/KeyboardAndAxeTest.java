package nl.duiding.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.collection.CollectionView;
import nl.duiding.collection.Collections;
import nl.duiding.collection.Prompt;
import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.Frameworks;

/**
 * Acceptance: the whole form, triad and stones included, is completed with the keyboard only (Tab, arrows,
 * space, typing, Enter), and axe-core finds zero WCAG 2.1 A/AA violations on every teller page.
 */
class KeyboardAndAxeTest extends BrowserTest {

    @Autowired
    Frameworks frameworks;
    @Autowired
    Collections collections;
    @Autowired
    JdbcTemplate jdbc;

    CollectionView collection;

    @BeforeEach
    void openCollectionWithEveryKind() {
        FrameworkDefinition framework = AllKinds.publish(frameworks, "Toetsenbord " + UUID.randomUUID());
        collection = collections.open(world.opgaveId(), framework.id(), "Toetsenbord", LocalDate.now().minusDays(1), null,
                null, List.of(new Prompt(false, "Vertel over een goede dag.", "Tell about a good day."),
                        new Prompt(true, "Vertel over je werk.", "Tell about your work.")));
    }

    @Test
    void theWholeFormCanBeCompletedWithTheKeyboardOnly() {
        browser.get(url("/vertel/" + collection.token()));
        Axe.assertNoViolations(browser, "empty story form");
        for (int presses = 0; presses < 200 && !act(focused()); presses++) {
            press(Keys.TAB);
        }
        assertThat(Browser.heading(browser, "Bedankt voor je verhaal")).isEqualTo("Bedankt voor je verhaal");
        Axe.assertNoViolations(browser, "thank-you page");

        Map<String, Object> triad = jdbc.queryForMap("""
                select a.a, a.b, a.c from story_answer a join story s on s.id = a.story_id
                where s.collection_id = ? and a.kind = 'TRIAD'""", collection.id());
        double sum = ((Number) triad.get("a")).doubleValue() + ((Number) triad.get("b")).doubleValue()
                + ((Number) triad.get("c")).doubleValue();
        assertThat(sum).isCloseTo(1.0, offset(0.001));
        assertThat(((Number) triad.get("a")).doubleValue()).isGreaterThan(1.0 / 3);
        assertThat(jdbc.queryForObject("""
                select count(*) from story_answer a join story s on s.id = a.story_id
                where s.collection_id = ? and a.kind = 'STONES'""", Integer.class, collection.id())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select prompt from story where collection_id = ?", String.class,
                collection.id())).isEqualTo("Vertel over een goede dag.");
    }

    /**
     * Issue 17: on a phone, by keyboard only, the flow ends with a receipt code that survives a reload and can be
     * copied; the teller's pages carry no staff navigation; the focus ring stands out at least 3:1.
     */
    @Test
    void onAPhoneTheKeyboardFlowEndsWithAReceiptThatSurvivesAReload() {
        browser.quit();
        browser = Browser.start(375, 812);
        browser.get(url("/vertel/" + collection.token()));
        assertThat(browser.findElements(By.cssSelector("header.site nav a"))).extracting(WebElement::getText)
                .as("only the language link, no 'Inloggen' for staff").containsExactly("English");
        assertThat(browser.findElements(By.cssSelector("header.site a.brand"))).isEmpty();
        for (int presses = 0; presses < 200 && !act(focused()); presses++) {
            press(Keys.TAB);
            if (presses == 3) {
                assertThat(focusRingContrast(focused())).isGreaterThanOrEqualTo(3.0);
            }
        }
        assertThat(Browser.heading(browser, "Bedankt voor je verhaal")).isEqualTo("Bedankt voor je verhaal");
        String code = browser.findElement(By.cssSelector(".receipt")).getText();
        assertThat(code).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");
        Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(375);

        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector(".receipt")).getText()).as("after a reload").isEqualTo(code);
        assertThat(browser.findElement(By.cssSelector(".receipt-missing")).isDisplayed()).isFalse();
        WebElement copy = browser.findElement(By.cssSelector("[data-copy]"));
        assertThat(copy.isDisplayed()).isTrue();
        copy.sendKeys(Keys.ENTER);
        // the clipboard answers asynchronously
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(
                ExpectedConditions.textToBe(By.cssSelector(".receipt-status"), "De code is gekopieerd."));
        assertThat(browser.findElement(By.cssSelector("[data-print]")).isDisplayed()).isTrue();
        Browser.fullPage(browser, "thanks-after-reload-phone", 375);
        Axe.assertNoViolations(browser, "thank-you page after a reload");
    }

    /** The contrast between an element's focus outline colour and the page background behind it. */
    private double focusRingContrast(WebElement el) {
        String outline = (String) browser.executeScript("return getComputedStyle(arguments[0]).outlineColor", el);
        String page = (String) browser.executeScript("return getComputedStyle(document.body).backgroundColor");
        return contrast(luminance(outline), luminance(page));
    }

    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static double contrast(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    @Test
    void everyTellerPageHasNoAxeViolations() {
        browser.get(url("/vertel/" + collection.token()));
        browser.findElement(By.cssSelector("button.primary")).click();
        assertThat(browser.findElements(By.cssSelector(".error-summary li"))).isNotEmpty();
        Axe.assertNoViolations(browser, "story form with errors");

        browser.get(url("/vertel/" + collection.token() + "?lang=en"));
        Axe.assertNoViolations(browser, "story form in English");
        browser.get(url("/vertel/" + collection.token() + "?lang=nl"));

        CollectionView closed = collections.open(world.opgaveId(), collection.frameworkId(), "Gesloten",
                LocalDate.now().minusDays(10), LocalDate.now().minusDays(1));
        browser.get(url("/vertel/" + closed.token()));
        assertThat(Browser.heading(browser, "Deze uitvraag is gesloten")).isEqualTo("Deze uitvraag is gesloten");
        Axe.assertNoViolations(browser, "closed link");

        browser.get(url("/vertel/bestaat-niet"));
        assertThat(Browser.heading(browser, "Deze link werkt niet")).isEqualTo("Deze link werkt niet");
        Axe.assertNoViolations(browser, "unknown link");
    }

    @Test
    void onlyThePromptsForTheChosenRoleStayVisible() {
        browser.get(url("/vertel/" + collection.token()));
        assertThat(visiblePrompts()).containsExactly("Vertel over een goede dag.", "Vertel over je werk.");

        browser.findElement(By.cssSelector("input[name=role][value=PROFESSIONAL]")).click();
        assertThat(visiblePrompts()).containsExactly("Vertel over je werk.");
        browser.findElement(By.xpath("//label[span='Vertel over je werk.']")).click();

        browser.findElement(By.cssSelector("input[name=role][value=PARENT]")).click();
        assertThat(visiblePrompts()).containsExactly("Vertel over een goede dag.");
        assertThat(browser.findElements(By.cssSelector("input[name=prompt]:checked")))
                .as("a prompt of the hidden group is no longer chosen").isEmpty();
    }

    private List<String> visiblePrompts() {
        return browser.findElements(By.cssSelector(".prompts label.choice")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    /** Issue 17: a scale's end labels are the names of its end points, not only a hint above the radios. */
    @Test
    void theScaleEndLabelsNameTheEndPoints() {
        browser.get(url("/vertel/" + collection.token()));
        List<WebElement> points = browser.findElements(By.cssSelector("input[name='scale.cijfer']"));
        assertThat(points).hasSize(7);
        assertThat(points.get(0).getAccessibleName()).isEqualTo("1 Antwoord slecht");
        assertThat(points.get(3).getAccessibleName()).isEqualTo("4");
        assertThat(points.get(6).getAccessibleName()).isEqualTo("7 Antwoord goed");
        WebElement group = browser.findElement(By.id("veld-answer.cijfer"));
        assertThat(browser.findElement(By.id(group.getDomAttribute("aria-describedby"))).getText())
                .startsWith("Kies een getal van 1 tot 7.");
    }

    @Test
    void theAxeCheckIsNotVacuous() {
        browser.get("data:text/html,<html lang=nl><title>x</title><main><img src='x.png'></main></html>");
        assertThat(Axe.violations(browser)).contains("image-alt");
    }

    /** Does what a keyboard user would do on the focused element; true once the form is sent. */
    private boolean act(WebElement el) {
        String name = attr(el, "name");
        String id = attr(el, "id");
        String type = attr(el, "type");
        String css = attr(el, "class");
        if ("submit".equals(type) && css.contains("primary")) {
            press(Keys.ENTER);
            return true;
        }
        switch (name.isEmpty() ? id : name) {
            case "role", "prompt", "choice.gevoel", "consentAnalysis" -> press(Keys.SPACE);
            case "choice.thema" -> {
                if ("thuis".equals(attr(el, "value"))) {
                    press(Keys.SPACE);
                }
            }
            case "scale.cijfer" -> press(Keys.SPACE, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            case "title" -> type("Met het toetsenbord");
            case "body" -> type("Ik vertel dit zonder muis. Het ging beter toen ik zelf mocht kiezen.");
            case "dyad-regie" -> press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            // the number box behind the slider: the arrows on the slider filled it, so it is answered
            case "dyad.regie" -> assertThat(el.getDomProperty("value")).isEqualTo("53");
            case "text.les" -> type("Vragen helpt.");
            case "number.weken" -> type("12");
            default -> actOnGraphic(el, css);
        }
        return false;
    }

    private void actOnGraphic(WebElement el, String css) {
        if (css.contains("marker")) {
            press(Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_LEFT);
            assertThat(browser.findElement(By.cssSelector(".triad-sum")).getText()).contains("100%");
        } else if (css.contains("stone")) {
            press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_UP);
            assertThat(attr(el, "aria-valuetext")).startsWith("x ");
        }
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private void press(CharSequence... keys) {
        Actions actions = new Actions(browser);
        for (CharSequence key : keys) {
            actions.sendKeys(key);
        }
        actions.perform();
    }

    private void type(String text) {
        new Actions(browser).sendKeys(text).perform();
    }

    private static String attr(WebElement el, String name) {
        String value = el.getDomAttribute(name);
        return value == null ? "" : value;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
