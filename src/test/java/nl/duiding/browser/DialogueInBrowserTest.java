package nl.duiding.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import nl.duiding.TestFixtures;
import nl.duiding.dialogue.DialogueScene;
import nl.duiding.opgave.OpgaveCatalog;

/**
 * A whole verantwoordingsdialoog in real Chromium: the policy officer prepares it with pinned material and invites
 * a provider user, who (signed in in a browser of their own) sees only their own provider's material and adds an
 * interpretation; a decision is recorded, and the next dialogue on the opgave shows it as open.
 */
// a dialogue on a handful of stories; the minimum number of tellers behind a chart (ADR 0017) is tested apart
@org.springframework.test.context.TestPropertySource(properties = "duiding.disclosure.min-tellers=1")
class DialogueInBrowserTest extends BrowserTest {

    @Autowired
    DialogueScene scenes;
    @Autowired
    OpgaveCatalog catalog;

    @Test
    void aWholeDialogueFromPreparationToTheNextOne() {
        DialogueScene.Scene scene = scenes.create(world);
        String opgave = catalog.opgave(world.opgaveId()).orElseThrow().name();
        Browser.signIn(browser, url(""), TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);

        // preparation: create, invite, pin a triad, a story of each provider and cold figures
        browser.get(url("/dialogen"));
        browser.findElement(By.id("new-dialogue")).click();
        new Select(browser.findElement(By.id("opgave"))).selectByVisibleText(opgave);
        browser.findElement(By.id("title")).sendKeys("Dialoog voorjaar");
        browser.findElement(By.id("create-dialogue")).click();
        assertThat(Browser.heading(browser, "Dialoog voorjaar")).isEqualTo("Dialoog voorjaar");
        String dialogueUrl = browser.getCurrentUrl().replaceAll("#.*", "");

        new Select(browser.findElement(By.id("invite"))).selectByValue(scene.providerUser());
        browser.findElement(By.id("invite-button")).click();
        assertThat(textOnceContains(browser, "#participants", scene.providerUser())).contains("aanbieder");
        browser.findElement(By.id("pin-triad-submit")).click();
        textOnceContains(browser, "#material-list", "Wat hielp");
        new Select(browser.findElement(By.id("pin-figures-provider"))).selectByValue(String.valueOf(scene.otherProviderId()));
        browser.findElement(By.id("pin-figures-submit")).click();
        textOnceContains(browser, "#material-list", "Koude cijfers");
        browser.findElement(By.id("pick-stories")).click();
        assertThat(Browser.heading(browser, "Verhalen kiezen")).isEqualTo("Verhalen kiezen");
        assertThat(browser.findElements(By.cssSelector("#story-picker h2")).stream().map(WebElement::getText))
                .contains("Eindelijk rust aan tafel", "Wachten op hulp").doesNotContain("Niet delen");
        pinStory("Eindelijk rust aan tafel");
        browser.findElement(By.id("pick-stories")).click();
        pinStory("Wachten op hulp");
        assertThat(browser.findElements(By.cssSelector("#material-list > li"))).hasSize(4);
        // four answers, shown as the disclosure policy writes a small count (issue 13)
        assertThat(browser.findElement(By.cssSelector("li.kind-TRIAD_CHART .answers")).getText()).isEqualTo("< 8");
        Boolean svgLoaded = (Boolean) browser.executeScript(
                "const i = document.querySelector('li.kind-TRIAD_CHART img.frozen-svg'); return i.complete && i.naturalWidth > 0;");
        assertThat(svgLoaded).isTrue();

        // during: an observation in the feedback order, one interpretation by the municipality
        new Select(browser.findElement(By.id("obs-feedback"))).selectByValue("VULNERABLE");
        new Select(browser.findElement(By.id("obs-strength"))).selectByValue("STRONG");
        browser.findElement(By.id("obs-text")).sendKeys("Wachttijden komen telkens terug");
        browser.findElement(By.id("observation-submit")).click();
        textOnceContains(browser, "#feedback-VULNERABLE", "Wachttijden komen telkens terug");
        WebElement observation = browser.findElement(By.cssSelector("#feedback-VULNERABLE article.observation"));
        observation.findElement(By.cssSelector("input[name=text]")).sendKeys("Te weinig plekken");
        observation.findElement(By.cssSelector("form.interpret button")).click();
        textOnceContains(browser, "#feedback-VULNERABLE .interpretations", "Te weinig plekken");
        browser.findElement(By.cssSelector("#feedback-VULNERABLE button.close-observation")).click();
        assertThat(textOnceContains(browser, "#error", "minstens 2 duidingen")).contains("voordat ze wordt afgerond");
        Browser.fullPage(browser, "dialogue-officer-prepared", 1280);

        // the provider user, signed in separately, sees only its own provider's material and adds an interpretation
        ChromeDriver provider = Browser.start(1280, 900);
        try {
            Browser.signIn(provider, url(""), scene.providerUser(), DialogueScene.PASSWORD);
            provider.get(url("/dialogen"));
            provider.findElement(By.linkText("Dialoog voorjaar")).click();
            assertThat(Browser.heading(provider, "Dialoog voorjaar")).isEqualTo("Dialoog voorjaar");
            String material = provider.findElement(By.id("material-list")).getText();
            assertThat(material).contains("Eindelijk rust aan tafel").doesNotContain("Wachten op hulp");
            assertThat(provider.findElements(By.cssSelector("#material-list li.kind-COLD_FIGURES"))).isEmpty();
            assertThat(new Select(provider.findElement(By.id("pin-triad-provider"))).getOptions().stream().map(WebElement::getText))
                    .containsExactly(catalog.provider(scene.providerId()).orElseThrow().name());
            WebElement own = provider.findElement(By.cssSelector("#feedback-VULNERABLE article.observation"));
            own.findElement(By.cssSelector("input[name=text]")).sendKeys("De verwijzing via het wijkteam duurt lang");
            own.findElement(By.cssSelector("form.interpret button")).click();
            assertThat(textOnceContains(provider, "#feedback-VULNERABLE .interpretations", "De verwijzing via het wijkteam duurt lang"))
                    .contains("Anna Aanbieder", "aanbieder");
            Browser.fullPage(provider, "dialogue-provider-view", 1280);
            provider.get(url("/dialogen/" + dialogueUrl.replaceAll(".*/dialogen/", "") + "/verhalen"));
            assertThat(provider.findElements(By.cssSelector("#story-picker h2")).stream().map(WebElement::getText))
                    .doesNotContain("Wachten op hulp");
        } finally {
            provider.quit();
        }

        // back to the officer: close the observation, record a decision on it
        browser.get(dialogueUrl);
        browser.findElement(By.cssSelector("#feedback-VULNERABLE button.close-observation")).click();
        assertThat(textOnceContains(browser, "#feedback-VULNERABLE .observation", "afgerond")).contains("sterk");
        new Select(browser.findElement(By.id("dec-observation"))).selectByIndex(1);
        new Select(browser.findElement(By.id("dec-kind"))).selectByValue("CONTRACT");
        browser.findElement(By.id("dec-text")).sendKeys("Wachttijd als vast onderwerp in het contractgesprek");
        browser.findElement(By.id("dec-owner")).sendKeys("Contractmanager jeugd");
        browser.executeScript("document.getElementById('dec-due').value = '2026-12-31'");
        browser.findElement(By.id("decision-submit")).click();
        assertThat(textOnceContains(browser, "#decision-list", "Wachttijd als vast onderwerp"))
                .contains("Wachttijd als vast onderwerp in het contractgesprek", "Contractmanager jeugd", "open");
        Browser.fullPage(browser, "dialogue-decided", 1280);

        // a one-page summary of the pinned triad, to print
        browser.findElement(By.cssSelector("li.kind-TRIAD_CHART a.print")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Driehoek");
        Boolean printed = (Boolean) browser.executeScript(
                "const i = document.querySelector('img.frozen-svg'); return i.complete && i.naturalWidth > 0;");
        assertThat(printed).isTrue();
        Browser.fullPage(browser, "dialogue-chart-summary", 1280);
        browser.get(dialogueUrl);

        // story cards for the table
        browser.findElement(By.id("cards-link")).click();
        assertThat(browser.findElements(By.cssSelector(".story-card"))).hasSize(2);
        Browser.fullPage(browser, "dialogue-story-cards", 1280);

        // the next dialogue on the same opgave starts with the open decision
        browser.get(url("/dialogen/nieuw"));
        new Select(browser.findElement(By.id("opgave"))).selectByVisibleText(opgave);
        browser.findElement(By.id("title")).sendKeys("Dialoog najaar");
        browser.findElement(By.id("create-dialogue")).click();
        assertThat(Browser.heading(browser, "Dialoog najaar")).isEqualTo("Dialoog najaar");
        assertThat(browser.findElement(By.id("open-decisions")).getText())
                .contains("Wachttijd als vast onderwerp in het contractgesprek");
        // four stories then and now, shown as the disclosure policy writes small counts (issue 13)
        assertThat(browser.findElements(By.cssSelector("#movement-stories td")).stream().map(WebElement::getText))
                .containsExactly("< 8", "< 8");
        Browser.fullPage(browser, "dialogue-next", 1280);
    }

    private void pinStory(String title) {
        browser.findElements(By.cssSelector("#story-picker li")).stream()
                .filter(li -> li.findElement(By.tagName("h2")).getText().equals(title)).findFirst().orElseThrow()
                .findElement(By.cssSelector("button.pin-story")).click();
        Browser.heading(browser, "Dialoog voorjaar");
    }

    /** Waits for the page after a click to show this text in the element, and returns the element's text. */
    private static String textOnceContains(ChromeDriver driver, String css, String text) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20)).until(
                    org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            // fall through: the assertion names what was shown instead
        }
        String shown = driver.findElement(By.cssSelector(css)).getText();
        assertThat(shown).contains(text);
        return shown;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
