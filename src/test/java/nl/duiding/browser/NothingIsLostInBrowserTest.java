package nl.duiding.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Acceptance "nothing is lost", in real Chromium: the draft survives a reload (but not a closed tab, a day, or
 * "Wis wat ik schreef": the next person at a shared device gets nothing back — issue 14), an expired
 * session (two hours idle) still stores the story, a double click stores one story, and a send while the
 * server is unreachable loses nothing: the retry stores exactly one story.
 */
class NothingIsLostInBrowserTest extends BrowserTest {

    private static final String TITLE = "Wat ik niet kwijt wil";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDraftSurvivesAReloadAndASendButNotTheNextPerson() {
        browser.get(form(port));
        fill();
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo(TITLE);
        assertThat(browser.findElement(By.id("body")).getDomProperty("value")).startsWith("Alles wat ik typte");
        assertThat(browser.findElement(By.id("triad-wat_hielp-a")).getDomProperty("value")).isEqualTo("50");
        assertThat(browser.findElement(By.cssSelector(".draft-note")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "draft-restored");

        browser.findElement(By.cssSelector("button.primary")).click();
        assertThat(Browser.heading(browser, "Bedankt voor je verhaal")).isEqualTo("Bedankt voor je verhaal");
        browser.get(form(port));
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).as("draft cleared after sending").isEmpty();
    }

    /** Issue 14: on a shared device the next person got "Mijn buurvrouw Fatima de Vries…" back from localStorage. */
    @Test
    void anAbandonedDraftIsNotRestoredInANewBrowserSession() {
        browser.get(form(port));
        fill();
        assertThat(browser.executeScript("return Object.keys(localStorage).filter(k => k.startsWith('duiding-draft:')).length"))
                .as("nothing in localStorage").isEqualTo(0L);
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.switchTo().window(first).close();
        browser.switchTo().window(browser.getWindowHandles().iterator().next());
        browser.get(form(port));
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).as("a new tab starts empty").isEmpty();
        assertThat(browser.findElement(By.id("body")).getDomProperty("value")).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".draft-note")).isDisplayed()).isFalse();
    }

    @Test
    void wisWatIkSchreefClearsTheFormAndTheDraft() {
        browser.get(form(port));
        fill();
        browser.findElement(By.cssSelector("button[data-draft-wipe]")).click();
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEmpty();
        assertThat(browser.findElement(By.id("body")).getDomProperty("value")).isEmpty();
        assertThat(browser.executeScript("return sessionStorage.getItem('duiding-draft:' + arguments[0])",
                world.collection().token())).isNull();
        browser.get(form(port));
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).as("nothing comes back").isEmpty();
    }

    @Test
    void aDraftOlderThanADayIsThrownAway() {
        browser.get(form(port));
        fill();
        browser.executeScript("var k = 'duiding-draft:' + arguments[0]; var d = JSON.parse(sessionStorage.getItem(k));"
                + " d.savedAt = Date.now() - 25 * 3600 * 1000; sessionStorage.setItem(k, JSON.stringify(d));",
                world.collection().token());
        browser.get(form(port));
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEmpty();
    }

    @Test
    void aTellerWhoseSessionExpiredStillGetsTheStoryStored() {
        browser.get(form(port));
        fill();
        // two hours idle: the session and its CSRF token are gone on the server; simulated by losing the cookie
        browser.manage().deleteAllCookies();
        browser.findElement(By.cssSelector("button.primary")).click();
        assertThat(Browser.heading(browser, "Bedankt voor je verhaal")).isEqualTo("Bedankt voor je verhaal");
        assertThat(storedTitles()).containsExactly(TITLE);
    }

    @Test
    void aDoubleClickStoresOneStory() {
        browser.get(form(port));
        fill();
        new Actions(browser).doubleClick(browser.findElement(By.cssSelector("button.primary"))).perform();
        assertThat(Browser.heading(browser, "Bedankt voor je verhaal")).isEqualTo("Bedankt voor je verhaal");
        assertThat(storedTitles()).containsExactly(TITLE);
    }

    @Test
    void aSendWhileTheServerIsUnreachableLosesNothing() {
        try (FlakyLine line = new FlakyLine(port)) {
            browser.get(form(line.port()));
            fill();
            line.cut();
            browser.findElement(By.cssSelector("button.primary")).click();
            // the click returns before the browser has shown its connection error page
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                    .until(() -> browser.getPageSource().contains("ERR_CONNECTION"));
            assertThat(storedTitles()).isEmpty();

            line.restore();
            browser.get(form(line.port()));
            assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo(TITLE);
            browser.findElement(By.cssSelector("button.primary")).click();
            assertThat(Browser.heading(browser, "Bedankt voor je verhaal")).isEqualTo("Bedankt voor je verhaal");
            assertThat(storedTitles()).containsExactly(TITLE);
        }
    }

    private void fill() {
        browser.findElement(By.cssSelector("input[name=role][value=YOUNG_PERSON]")).click();
        browser.findElement(By.id("title")).sendKeys(TITLE);
        browser.findElement(By.id("body")).sendKeys("Alles wat ik typte, moet blijven staan.");
        browser.findElement(By.id("triad-wat_hielp-a")).sendKeys("50");
        browser.findElement(By.id("triad-wat_hielp-b")).sendKeys("30");
        browser.findElement(By.id("triad-wat_hielp-c")).sendKeys("20");
        browser.findElement(By.id("dyad-regie-getal")).sendKeys("40");
        browser.findElement(By.cssSelector("input[name=consentAnalysis]")).click();
        String draft = (String) browser.executeScript("return sessionStorage.getItem('duiding-draft:' + arguments[0])",
                world.collection().token());
        assertThat(draft).contains(TITLE).contains("idempotencyKey").contains("formToken");
    }

    private List<String> storedTitles() {
        return jdbc.queryForList("select title from story where collection_id = ?", String.class,
                world.collection().id());
    }

    private String form(int viaPort) {
        return "http://localhost:" + viaPort + "/vertel/" + world.collection().token();
    }
}
