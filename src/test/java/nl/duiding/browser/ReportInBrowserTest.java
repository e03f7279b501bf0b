package nl.duiding.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import nl.duiding.TestFixtures;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * A policy officer composes a council report in Chromium: starts a draft, writes the introduction and the closing,
 * chooses a story and edits its quote, publishes, and reads the document; every page passes axe-core.
 */
class ReportInBrowserTest extends BrowserTest {

    @Autowired
    StoryIntake intake;

    @Test
    void aPolicyOfficerComposesEditsAQuoteAndPublishes() {
        for (int i = 0; i < 12; i++) {
            intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(),
                    world.providerId(), "WK050501", TellerRole.PARENT, "Thuis blijven " + i,
                    "Dankzij het gezinsplan kon onze dochter thuis blijven wonen, verhaal " + i + ".", "nl", true, true, true,
                    List.of(new Answer.Triad("wat_hielp", 0.2, 0.5, 0.3), new Answer.Dyad("regie", 0.7)),
                    UUID.randomUUID(), Instant.now().minusSeconds(120)));
        }
        Browser.signIn(browser, url(""), TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        browser.get(url("/rapporten"));
        assertThat(Browser.heading(browser, "Raadsinformatie")).isEqualTo("Raadsinformatie");
        Axe.assertNoViolations(browser, "report list");
        browser.findElement(By.id("title")).sendKeys("Raadsinformatie zo thuis mogelijk");
        new Select(browser.findElement(By.id("opgaveId"))).selectByValue(String.valueOf(world.opgaveId()));
        LocalDate today = LocalDate.now();
        browser.executeScript("document.getElementById('from').value = arguments[0];"
                + "document.getElementById('to').value = arguments[1];", today.minusDays(30).toString(), today.toString());
        browser.findElement(By.cssSelector("form.report-new button[type=submit]")).click();

        assertThat(Browser.heading(browser, "Raadsinformatie zo thuis mogelijk")).isEqualTo("Raadsinformatie zo thuis mogelijk");
        // issue 17: the editor is five steps; the texts are the second
        browser.findElement(By.linkText("2. Teksten per sectie")).click();
        browser.findElement(By.id("introduction")).sendKeys("Wat ouders ons deze maand vertelden.");
        browser.findElement(By.id("closingWell")).sendKeys("Gezinnen blijven thuis.");
        browser.findElement(By.id("closingAbsent")).sendKeys("Jongeren zelf.");
        browser.findElement(By.cssSelector("form.report-texts button[type=submit]")).click();
        Browser.heading(browser, "Raadsinformatie zo thuis mogelijk");
        browser.findElement(By.linkText("3. Citaten")).click();

        WebElement candidate = browser.findElement(By.cssSelector(".candidate textarea"));
        candidate.clear();
        candidate.sendKeys("Dankzij het gezinsplan kon onze dochter thuis blijven wonen.");
        browser.findElement(By.cssSelector(".candidate button[type=submit]")).click();
        Browser.heading(browser, "Raadsinformatie zo thuis mogelijk");
        assertThat(browser.findElement(By.cssSelector("ol.quotes blockquote")).getText())
                .isEqualTo("Dankzij het gezinsplan kon onze dochter thuis blijven wonen.");
        assertThat(browser.findElements(By.cssSelector(".candidate"))).as("the quoted story is no longer offered").hasSize(11);
        Axe.assertNoViolations(browser, "report editor");
        Browser.fullPage(browser, "report-editor", 1280);

        browser.findElement(By.linkText("4. Voorbeeld")).click();
        assertThat(browser.findElement(By.id("report-preview")).getText()).contains("Wat ouders ons deze maand vertelden.");
        Axe.assertNoViolations(browser, "report preview");
        browser.findElement(By.linkText("5. Publiceren")).click();
        Axe.assertNoViolations(browser, "report publish confirmation");
        browser.findElement(By.id("bevestig")).click();
        browser.findElement(By.xpath("//button[text()='Definitief publiceren']")).click();
        Browser.heading(browser, "Raadsinformatie zo thuis mogelijk");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Gepubliceerd op");

        browser.get(url("/rapporten"));
        browser.findElement(By.linkText("HTML")).click();
        assertThat(Browser.heading(browser, "Raadsinformatie zo thuis mogelijk")).isEqualTo("Raadsinformatie zo thuis mogelijk");
        assertThat(browser.findElement(By.cssSelector("blockquote.quote")).getText())
                .contains("Dankzij het gezinsplan kon onze dochter thuis blijven wonen.").contains("ouder of verzorger");
        assertThat(browser.findElements(By.cssSelector("figure.chart svg"))).isNotEmpty();
        Axe.assertNoViolations(browser, "report document");
        Browser.fullPage(browser, "report-document", 1280);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
