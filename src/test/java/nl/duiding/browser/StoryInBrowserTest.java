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

/** A teller tells a story in real Chromium, clicking in the triad; a policy officer finds it on the dashboard. */
class StoryInBrowserTest extends BrowserTest {

    @Autowired
    StoryQueries queries;

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
