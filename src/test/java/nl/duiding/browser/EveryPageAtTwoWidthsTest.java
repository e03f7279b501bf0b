package nl.duiding.browser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import nl.duiding.TestFixtures;
import nl.duiding.dialogue.DialogueScene;
import nl.duiding.identity.Role;
import nl.duiding.report.CouncilReports;
import nl.duiding.report.ReportScope;

/**
 * Issue 17: every main page, for every role, at a phone's 375 px and a laptop's 1366 px (the widths the issue names),
 * and also at 1280 px, the narrowest common laptop. No page may scroll sideways at any of them
 * ({@code scrollWidth <= clientWidth}: wide tables scroll inside their own box); at 1366 and 375 px axe-core finds no
 * WCAG 2.2 A/AA violation and a screenshot of each is kept in target/screenshots/
 * ({@code page-<role>-<page>-<width>.png}) to be looked at (at 375 px also the first screen alone,
 * {@code …-375-first-screen.png}). Failures are collected over
 * all pages, so one run names every page that needs work.
 */
// the same properties as AccessMatrixTest, so the context is shared; declarations need a pseudonym key
@TestPropertySource(properties = {"duiding.pseudonym.secret=test-only-pseudonym-secret-2026", "duiding.disclosure.min-tellers=1"})
class EveryPageAtTwoWidthsTest extends BrowserTest {

    static final int PHONE = 375;
    static final int LAPTOP = 1366;
    // 1280 px: the narrowest common laptop, where "wijken" and the production figures once scrolled sideways
    static final int NARROW_LAPTOP = 1280;
    static final String ADMIN = "pages-beheer";

    @Autowired
    DialogueScene scenes;
    @Autowired
    CouncilReports reports;

    DialogueScene.Scene scene;

    @BeforeEach
    void aWorldWithStoriesFiguresAndUsers() {
        scene = scenes.create(world);
        scenes.declare(scene);
        fixtures.accounts().createIfAbsent(ADMIN, "Bram Beheer", DialogueScene.PASSWORD, Role.ADMIN, Set.of());
    }

    @Test
    void tellerPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("login", "/login");
        pages.put("story-form", "/vertel/" + world.collection().token());
        pages.put("withdraw", "/vertel/intrekken");
        check("teller", pages);
    }

    @Test
    void policyOfficerPages() {
        Browser.signIn(browser, url(""), TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        long opgave = world.opgaveId();
        String dialogue = newDialogue();
        long report = reports.create(new ReportScope(opgave, null, null, LocalDate.now().minusDays(30), LocalDate.now()),
                "Raadsinformatie schermtest", TestFixtures.OFFICER);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", "/dashboard");
        pages.put("opgave-dashboard", "/dashboard/opgave/" + opgave);
        pages.put("opgave-overview", "/dashboard/opgave/" + opgave + "/overzicht");
        pages.put("story", "/dashboard/verhaal/" + scene.sharedStory());
        pages.put("themes", "/dashboard/opgave/" + opgave + "/themas");
        pages.put("explorer", "/dashboard/opgave/" + opgave + "/verkenner");
        pages.put("compare", "/dashboard/opgave/" + opgave + "/vergelijk");
        pages.put("warm-cold", "/dashboard/opgave/" + opgave + "/warm-koud");
        pages.put("districts-monitor", "/dashboard/opgave/" + opgave + "/wijken");
        pages.put("care-landscape", "/dashboard/opgave/" + opgave + "/zorglandschap");
        pages.put("reviews", "/dashboard/beoordelen");
        pages.put("production", "/dashboard/productie");
        pages.put("production-opgave", "/dashboard/productie/opgave/" + opgave);
        pages.put("opgaven", "/beheer/opgaven");
        pages.put("opgave-form", "/beheer/opgaven/" + opgave);
        pages.put("providers", "/beheer/aanbieders");
        pages.put("provider-form", "/beheer/aanbieders/" + world.providerId());
        pages.put("districts", "/beheer/wijken");
        pages.put("frameworks", "/beheer/kaders");
        pages.put("framework", "/beheer/kaders/" + world.framework().id());
        pages.put("framework-preview", "/beheer/kaders/" + world.framework().id() + "/voorbeeld");
        pages.put("collections", "/beheer/uitvragen");
        pages.put("production-import", "/beheer/productie");
        pages.put("production-planning", "/beheer/productie/opgave/" + opgave);
        pages.put("dialogues", "/dialogen");
        pages.put("dialogue-new", "/dialogen/nieuw");
        pages.put("dialogue", dialogue);
        pages.put("dialogue-stories", dialogue + "/verhalen");
        pages.put("reports", "/rapporten");
        pages.put("report-editor", "/rapporten/" + report);
        pages.put("report-sections", "/rapporten/" + report + "/secties");
        pages.put("report-quotes", "/rapporten/" + report + "/citaten");
        pages.put("report-preview", "/rapporten/" + report + "/voorbeeld");
        pages.put("report-publish", "/rapporten/" + report + "/publiceren");
        pages.put("own-password", "/wachtwoord");
        check("beleid", pages);
    }

    @Test
    void providerPages() {
        Browser.signIn(browser, url(""), scene.providerUser(), DialogueScene.PASSWORD);
        long provider = scene.providerId();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/aanbieder");
        pages.put("stories", "/aanbieder/" + provider);
        pages.put("warm-cold", "/aanbieder/" + provider + "/warm-koud");
        pages.put("dialogues", "/dialogen");
        check("aanbieder", pages);
    }

    @Test
    void griffiePages() {
        long report = reports.create(new ReportScope(world.opgaveId(), null, null, LocalDate.now().minusDays(30),
                LocalDate.now()), "Raadsinformatie griffie", TestFixtures.OFFICER);
        Browser.signIn(browser, url(""), scene.griffieUser(), DialogueScene.PASSWORD);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("reports", "/rapporten");
        pages.put("report", "/rapporten/" + report);
        pages.put("dialogues", "/dialogen");
        check("griffie", pages);
    }

    @Test
    void administratorPages() {
        Browser.signIn(browser, url(""), ADMIN, DialogueScene.PASSWORD);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("users", "/gebruikers");
        pages.put("audit", "/beheer/audit");
        pages.put("index", "/beheer/index");
        pages.put("production-import", "/beheer/productie");
        check("beheer", pages);
    }

    /** Opens every page at both widths and collects what is wrong with each. */
    private void check(String role, Map<String, String> pages) {
        SoftAssertions softly = new SoftAssertions();
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.manage().window().setSize(new Dimension(LAPTOP, 900));
            browser.get(url(page.getValue()));
            String name = role + " " + page.getKey() + " (" + page.getValue() + ")";
            softly.assertThat(browser.getTitle()).as("%s is no error page", name).isNotEqualTo("Er ging iets mis");
            softly.assertThat(browser.findElement(By.cssSelector("header.site .municipality-name")).getText())
                    .as("%s names the municipality (duiding.municipality.name)", name).isEqualTo("Voorbeeldgemeente");
            softly.assertThat((Boolean) browser.executeScript("var logo = document.querySelector('header.site img');"
                    + " return logo.complete && logo.naturalWidth > 0;")).as("%s shows the logo", name).isTrue();
            for (int width : new int[] {LAPTOP, NARROW_LAPTOP, PHONE}) {
                browser.manage().window().setSize(new Dimension(width, 900));
                int overflow = sidewaysOverflow(browser);
                softly.assertThat(overflow).as("%s at %d px scrolls sideways by (widest: %s)", name, width,
                        overflow > 0 ? widest(browser) : "-").isLessThanOrEqualTo(0);
                if (width == NARROW_LAPTOP) {
                    continue; // the layout between the two laptops differs only in how much room tables get
                }
                softly.assertThat(Axe.violations(browser)).as("axe-core on %s at %d px", name, width).isEqualTo("[]");
                String shot = "page-" + role + "-" + page.getKey() + "-" + width;
                if (width == PHONE) {
                    // the staff menu folds into one "Menu" button: the page's own content starts on the first screen
                    long header = (Long) browser.executeScript("return Math.round(document.querySelector('header.site')"
                            + ".getBoundingClientRect().height);");
                    softly.assertThat(header).as("%s: the header's height at %d px", name, width).isLessThanOrEqualTo(140);
                    Browser.screenshot(browser, shot + "-first-screen"); // what a phone shows before scrolling
                }
                Browser.fullPage(browser, shot, width);
            }
            checked.add(page.getKey());
        }
        softly.assertThat(checked).hasSize(pages.size());
        softly.assertAll();
    }

    /** How many pixels the page is wider than its viewport (0 or less: no sideways scroll). */
    static int sidewaysOverflow(ChromeDriver browser) {
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        return overflow.intValue();
    }

    /** The elements that reach furthest past the viewport's right edge, to name in a failure. */
    static Object widest(ChromeDriver browser) {
        return browser.executeScript("""
                var w = document.documentElement.clientWidth, out = [];
                function clipped(e) { // inside a box that scrolls or clips: that box is what counts
                    if (/absolute|fixed/.test(getComputedStyle(e).position)) { return false; } // may escape it
                    for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                        if (getComputedStyle(p).overflowX !== 'visible') { return true; }
                    }
                    return false;
                }
                document.querySelectorAll('body *').forEach(function (e) {
                    var r = e.getBoundingClientRect();
                    if (r.right > w + 1 && !clipped(e)) { out.push([Math.round(r.right - w), e.tagName.toLowerCase()
                        + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                        ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')]); }
                });
                out.sort(function (a, b) { return b[0] - a[0]; });
                return out.slice(0, 6).map(function (o) { return o[1] + ' +' + o[0]; }).join(', ');""");
    }

    /** A dialogue made through its own form, as a policy officer would; returns its address. */
    private String newDialogue() {
        browser.get(url("/dialogen/nieuw"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("opgave")))
                .selectByValue(String.valueOf(world.opgaveId()));
        browser.findElement(By.id("title")).sendKeys("Dialoog schermtest");
        browser.findElement(By.id("create-dialogue")).click();
        Browser.heading(browser, "Dialoog schermtest");
        return browser.getCurrentUrl().replaceAll("#.*", "").replace(url(""), "");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
