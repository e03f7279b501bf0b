package nl.duiding.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.TestFixtures;

/**
 * Acceptance: a policy officer builds a framework with every question type in the editor, publishes it and
 * opens a collection; a teller completes it with the mouse, on desktop and (screenshot) on a phone.
 */
class FrameworkEditorInBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficerBuildsAFrameworkWithEveryKindAndATellerCompletesIt() {
        String name = "Alle soorten " + UUID.randomUUID().toString().substring(0, 6);
        login();
        browser.get(url("/beheer/kaders"));
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.cssSelector("form button.primary")).click();
        String editor = Browser.urlMatching(browser, ".*/beheer/kaders/\\d+$");
        long frameworkId = Long.parseLong(editor.substring(editor.lastIndexOf('/') + 1));

        addQuestion("TRIAD", "hielp", "Wat hielp?", "eigen | Wat ik zelf kon | What I could do\nnetwerk | Mensen om me heen | People around me\nhulp | De hulpverlener | The care worker", false, false);
        addQuestion("DYAD", "regie", "Wie besliste?", "hulp | De hulp besliste | The service decided\nzelf | Ik besliste | I decided", true, false);
        addQuestion("STONES", "plek", "Waar staan deze plekken?", "school | School | School\nthuis | Thuis | Home", true, false, () -> {
            browser.findElement(By.id("xAxisNl")).sendKeys("Hoe belangrijk");
            browser.findElement(By.id("yAxisNl")).sendKeys("Hoe goed het ging");
        });
        addQuestion("SINGLE_CHOICE", "gevoel", "Hoe voelde het?", "blij | Blij | Happy\nboos | Boos | Angry", false, true);
        addQuestion("MULTIPLE_CHOICE", "thema", "Waar ging het over?", "thuis | Thuis | Home\nwerk | Werk | Work", true, true);
        addQuestion("SCALE", "cijfer", "Welk cijfer geef je?", "slecht | Slecht | Bad\ngoed | Goed | Good", false, false,
                () -> new Select(browser.findElement(By.id("scalePoints"))).selectByValue("7"));
        addQuestion("TEXT", "les", "Wat heb je geleerd?", "", false, false);
        addQuestion("NUMBER", "weken", "Hoeveel weken duurde het?", "", true, false);
        assertThat(browser.findElements(By.cssSelector("section table tbody tr"))).hasSize(8);

        browser.findElement(By.id("preview")).click();
        assertThat(browser.findElements(By.cssSelector("form.preview fieldset, form.preview .field"))).hasSize(8);
        Browser.fullPage(browser, "editor-preview", 1280);
        browser.get(editor);
        browser.findElement(By.id("publish")).click();
        assertThat(browser.findElement(By.id("new-version")).isDisplayed()).isTrue();

        String link = openCollection(frameworkId, name);
        browser.manage().deleteAllCookies();
        browser.get(url("/beheer/kaders"));
        tellWithTheMouse(link);
    }

    private void tellWithTheMouse(String link) {
        browser.get(url(link));
        browser.findElement(By.cssSelector("input[name=role][value=PARENT]")).click();
        browser.findElement(By.id("title")).sendKeys("Een plek op school");
        browser.findElement(By.id("body")).sendKeys("Mijn zoon kreeg hulp op school en thuis werd het rustiger.");
        WebElement triangle = browser.findElement(By.cssSelector("fieldset[data-triad] svg"));
        new Actions(browser).moveToElement(triangle, -20, 30).click().perform();
        new Actions(browser).moveToElement(browser.findElement(By.id("dyad-regie")), 60, 0).click().perform();
        placeStone("school", 40, -30);
        placeStone("thuis", -50, 40);
        browser.findElement(By.cssSelector("input[name='choice.gevoel'][value=blij]")).click();
        browser.findElement(By.cssSelector("input[name='choice.thema'][value=thuis]")).click();
        browser.findElement(By.cssSelector("input[name='choice.thema'][value=anders]")).click();
        browser.findElement(By.id("other-thema")).sendKeys("Sport");
        browser.findElement(By.cssSelector("input[name='scale.cijfer'][value='6']")).click();
        browser.findElement(By.id("text-les")).sendKeys("Vragen helpt.");
        browser.findElement(By.id("number-weken")).sendKeys("12");
        browser.findElement(By.cssSelector("input[name=consentAnalysis]")).click();
        assertThat(browser.findElement(By.id("stones-plek-school-x")).getDomProperty("value")).isNotEmpty();
        Browser.fullPage(browser, "all-kinds-form-desktop", 1280);
        phoneScreenshot(link);

        browser.findElement(By.cssSelector("button.primary")).click();
        assertThat(Browser.heading(browser, "Bedankt voor je verhaal")).isEqualTo("Bedankt voor je verhaal");
        List<String> kinds = jdbc.queryForList("""
                select distinct a.kind from story_answer a join story s on s.id = a.story_id
                where s.title = 'Een plek op school' and s.collection_id = (select id from collection where token = ?)
                order by a.kind""", String.class, link.substring(link.lastIndexOf('/') + 1));
        assertThat(kinds).containsExactly("DYAD", "MULTIPLE_CHOICE", "NUMBER", "OTHER", "SCALE", "STONES", "TEXT", "TRIAD");
    }

    private void phoneScreenshot(String link) {
        ChromeDriver phone = Browser.start(375, 812);
        try {
            phone.get(url(link));
            Number scrollWidth = (Number) phone.executeScript("return document.documentElement.scrollWidth");
            assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(375);
            Browser.fullPage(phone, "all-kinds-form-phone-375", 375);
        } finally {
            phone.quit();
        }
    }

    private void placeStone(String item, int dx, int dy) {
        WebElement handle = browser.findElement(By.cssSelector("g.stone[data-item=" + item + "]"));
        new Actions(browser).moveToElement(handle).click().perform();
        WebElement canvas = browser.findElement(By.cssSelector("fieldset[data-stones] svg"));
        new Actions(browser).moveToElement(canvas, dx, dy).click().perform();
    }

    private void addQuestion(String kind, String code, String prompt, String options, boolean notApplicable,
                             boolean other) {
        addQuestion(kind, code, prompt, options, notApplicable, other, () -> { });
    }

    /** {@code extra} fills in what only this kind's form has (axes, scale points). */
    private void addQuestion(String kind, String code, String prompt, String options, boolean notApplicable,
                             boolean other, Runnable extra) {
        // issue 17: the kind is chosen first; its form then has one row of fields per option
        new Select(browser.findElement(By.id("soort"))).selectByValue(kind);
        WebElement choose = browser.findElement(By.id("choose-kind"));
        choose.click();
        // choosing the kind loads the kind's own form: wait until the old page is gone before typing
        Browser.awaitReplaced(browser, choose, java.time.Duration.ofSeconds(20));
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("promptNl")).sendKeys(prompt);
        browser.findElement(By.id("promptEn")).sendKeys("EN " + prompt);
        String[] lines = options.isEmpty() ? new String[0] : options.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String[] parts = lines[i].split("\\|");
            browser.findElement(By.id("optionCode-" + i)).sendKeys(parts[0].strip());
            browser.findElement(By.id("optionNl-" + i)).sendKeys(parts[1].strip());
            browser.findElement(By.id("optionEn-" + i)).sendKeys(parts[2].strip());
        }
        extra.run();
        if (kind.equals("TEXT")) {
            browser.findElement(By.cssSelector("input[name=required]")).click();
        }
        if (notApplicable) {
            browser.findElement(By.cssSelector("input[name=notApplicable]")).click();
        }
        if (other) {
            browser.findElement(By.cssSelector("input[name=allowOther]")).click();
        }
        browser.findElement(By.id("add-question")).click();
        assertThat(browser.findElements(By.cssSelector(".field-error"))).as("editor errors for " + code).isEmpty();
    }

    private String openCollection(long frameworkId, String name) {
        browser.get(url("/beheer/uitvragen"));
        new Select(browser.findElement(By.id("opgaveId"))).selectByValue(Long.toString(world.opgaveId()));
        new Select(browser.findElement(By.id("frameworkId"))).selectByValue(Long.toString(frameworkId));
        browser.findElement(By.id("name")).sendKeys("Ronde " + name);
        browser.findElement(By.cssSelector("form button.primary")).click();
        WebElement row = browser.findElement(By.xpath("//tr[td[text()='Ronde " + name + "']]"));
        return row.findElement(By.cssSelector("a.token")).getDomAttribute("href");
    }

    private void login() {
        Browser.signIn(browser, url(""), TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
