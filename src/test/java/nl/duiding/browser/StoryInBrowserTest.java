package nl.duiding.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import nl.duiding.TestFixtures;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.FrameworkDefinition.OptionDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.framework.Frameworks;
import nl.duiding.framework.LocalizedText;
import nl.duiding.framework.QuestionKind;

/** A teller tells a story in real Chromium, clicking in the triad; a policy officer finds it on the dashboard. */
class StoryInBrowserTest extends BrowserTest {

    @Autowired
    StoryQueries queries;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    Frameworks frameworks;

    @Test
    void aTellerTellsAStoryWithTheMouseAndThePolicyOfficerSeesIt() {
        browser.get(url("/vertel/" + world.collection().token()));
        Browser.fullPage(browser, "story-form-desktop", 1280);
        browser.findElement(By.cssSelector("input[name=role][value=CLIENT]")).click();
        browser.findElement(By.id("title")).sendKeys("Het gesprek aan de keukentafel");
        browser.findElement(By.id("body")).sendKeys("Na veel gesprekken kwam er eindelijk rust in huis.");

        WebElement triangle = browser.findElement(By.cssSelector("fieldset[data-triad] svg"));
        new Actions(browser).moveToElement(triangle, 0, 40).click().perform();
        double sum = 0;
        for (String corner : new String[] {"a", "b", "c"}) {
            sum += Double.parseDouble(browser.findElement(By.id("triad-wat_hielp-" + corner)).getDomProperty("value"));
        }
        assertThat(sum).isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.05));
        browser.findElement(By.id("dyad-regie")).sendKeys(org.openqa.selenium.Keys.ARROW_LEFT);

        browser.findElement(By.cssSelector("input[name='choice.thema'][value=thuis]")).click();
        browser.findElement(By.cssSelector("input[name=consentAnalysis]")).click();
        browser.findElement(By.cssSelector("button.primary")).click();

        assertThat(Browser.heading(browser, "Bedankt voor je verhaal")).isEqualTo("Bedankt voor je verhaal");
        assertThat(browser.findElement(By.cssSelector(".receipt")).getText()).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");
        Browser.screenshot(browser, "story-thanks");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> queries.insights(StoryFilter.opgave(world.opgaveId()), java.util.List.of(), 0).total() == 1);
        Browser.signIn(browser, url(""), TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        browser.get(url("/dashboard/opgave/" + world.opgaveId() + "?q=gesprek"));
        assertThat(browser.findElement(By.id("story-count")).getText()).isEqualTo("1");
        assertThat(browser.findElements(By.cssSelector("figure.ternary circle"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#story-list mark")).getText()).isEqualTo("gesprekken");
        Browser.fullPage(browser, "dashboard-after-story", 1280);
    }

    /** Issue 17: a slider nobody moved is no answer — not the middle — and the histogram counts only the moved one. */
    @Test
    void anUntouchedOptionalSliderIsStoredAsNoAnswerAndTheHistogramLeavesItOut() {
        FrameworkDefinition draft = frameworks.createDraft("Optionele schuif " + java.util.UUID.randomUUID());
        frameworks.addQuestion(draft.id(), new QuestionDefinition("tempo", QuestionKind.DYAD,
                new LocalizedText("Hoe snel ging het?", "How fast did it go?"), false,
                java.util.List.of(new OptionDefinition("traag", new LocalizedText("Traag", "Slow")),
                        new OptionDefinition("snel", new LocalizedText("Snel", "Fast")))));
        world = fixtures.world(frameworks.publishDraft(draft.id()));

        tell("Ik schoof de balk", true);
        tell("Ik liet de balk staan", false);
        assertThat(jdbc.queryForList("""
                select s.title, a.a from story s join story_answer a on a.story_id = s.id
                where a.kind = 'DYAD' and s.collection_id = (select id from collection where token = ?)""",
                world.collection().token()))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("title")).isEqualTo("Ik schoof de balk");
                    assertThat(((Number) row.get("a")).doubleValue()).isCloseTo(0.53, org.assertj.core.data.Offset.offset(1e-9));
                });

        await().atMost(Duration.ofSeconds(10))
                .until(() -> queries.insights(StoryFilter.opgave(world.opgaveId()), java.util.List.of(), 0).total() == 2);
        Browser.signIn(browser, url(""), TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        browser.get(url("/dashboard/opgave/" + world.opgaveId()));
        assertThat(browser.findElement(By.id("story-count")).getText()).isEqualTo("2");
        int counted = browser.findElements(By.cssSelector("#histogram-tempo td")).stream()
                .mapToInt(td -> Integer.parseInt(td.getDomProperty("textContent").strip())).sum();
        assertThat(counted).isEqualTo(1);
    }

    /** A required slider left untouched is asked for again, not taken as the middle. */
    @Test
    void anUntouchedRequiredSliderIsAskedFor() {
        browser.get(url("/vertel/" + world.collection().token()));
        browser.findElement(By.cssSelector("input[name=role][value=CLIENT]")).click();
        browser.findElement(By.id("title")).sendKeys("Zonder schuif");
        browser.findElement(By.id("body")).sendKeys("Het ging beter toen we samen keken wat nodig was.");
        new Actions(browser).moveToElement(browser.findElement(By.cssSelector("fieldset[data-triad] svg")), 0, 40)
                .click().perform();
        browser.findElement(By.cssSelector("input[name='choice.thema'][value=thuis]")).click();
        browser.findElement(By.cssSelector("input[name=consentAnalysis]")).click();
        browser.findElement(By.cssSelector("button.primary")).click();
        assertThat(browser.findElement(By.id("fout-regie")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("fieldset[data-dyad=regie] .dyad-state")).getText())
                .startsWith("Nog niet beantwoord");
    }

    private void tell(String title, boolean moveTheSlider) {
        browser.get(url("/vertel/" + world.collection().token()));
        browser.findElement(By.cssSelector("input[name=role][value=CLIENT]")).click();
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("body")).sendKeys("Het ging beter toen we samen keken wat nodig was.");
        WebElement state = browser.findElement(By.cssSelector("fieldset[data-dyad=tempo] .dyad-state"));
        assertThat(state.getText()).startsWith("Nog niet beantwoord");
        if (moveTheSlider) {
            browser.findElement(By.id("dyad-tempo")).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT,
                    org.openqa.selenium.Keys.ARROW_RIGHT, org.openqa.selenium.Keys.ARROW_RIGHT);
            assertThat(state.getText()).isEqualTo("Gekozen: 53 / 100");
            assertThat(browser.findElement(By.id("dyad-tempo-getal")).getDomProperty("value")).isEqualTo("53");
            Browser.fullPage(browser, "dyad-moved", 1280);
        } else {
            assertThat(browser.findElement(By.id("dyad-tempo-getal")).getDomProperty("value")).isEmpty();
            Browser.fullPage(browser, "dyad-untouched", 1280);
        }
        browser.findElement(By.cssSelector("input[name=consentAnalysis]")).click();
        browser.findElement(By.cssSelector("button.primary")).click();
        assertThat(Browser.heading(browser, "Bedankt voor je verhaal")).isEqualTo("Bedankt voor je verhaal");
        browser.manage().deleteAllCookies();
    }

    @Test
    void theFormFitsAPhone() {
        ChromeDriver phone = Browser.start(375, 812);
        try {
            phone.get(url("/vertel/" + world.collection().token()));
            Number scrollWidth = (Number) phone.executeScript("return document.documentElement.scrollWidth");
            assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(375);
            Browser.fullPage(phone, "story-form-phone", 375);
        } finally {
            phone.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
