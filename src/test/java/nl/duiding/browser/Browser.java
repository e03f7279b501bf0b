package nl.duiding.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the machine (Debian's chromium and chromium-driver by default), never a browser a
 * tool downloads. Without one, browser tests are skipped with a message that names what is missing, except where
 * {@code DUIDING_REQUIRE_BROWSER=true} (as in {@code .ci/run}): there they fail.
 */
public final class Browser {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    public static ChromeDriver start(int width, int height) {
        String chrome = setting("DUIDING_CHROME", "/usr/bin/chromium");
        String driver = setting("DUIDING_CHROMEDRIVER", "/usr/bin/chromedriver");
        boolean present = new File(chrome).canExecute() && new File(driver).canExecute();
        String missing = "no browser on this machine (looked for " + chrome + " and " + driver
                + "; install the Debian packages chromium and chromium-driver, or set DUIDING_CHROME and DUIDING_CHROMEDRIVER)";
        if (!present && Boolean.parseBoolean(setting("DUIDING_REQUIRE_BROWSER", "false"))) {
            // CI (.ci/run) installs the browser, so there a missing one is a failure, never a skip
            Assertions.fail("browser test: " + missing);
        }
        Assumptions.assumeTrue(present, () -> "SKIPPED browser test: " + missing);
        ChromeOptions options = new ChromeOptions().setBinary(chrome).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(width, height));
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return browser;
    }

    public static Path screenshot(ChromeDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String setting(String env, String fallback) {
        String value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * Waits until {@code before} has left the page (the page or a part of it was replaced). Unlike Selenium's
     * {@code stalenessOf} it also takes Chromium's "Node with given id does not belong to the document", which
     * newer versions answer instead of a stale-element error for a node that went away.
     */
    public static void awaitReplaced(ChromeDriver browser, org.openqa.selenium.WebElement before, Duration timeout) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, timeout).until(driver -> {
            try {
                before.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /** Waits for the next page to show this main heading (page loads are not instantaneous) and returns it. */
    public static String heading(ChromeDriver browser, String expected) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(
                    org.openqa.selenium.support.ui.ExpectedConditions.textToBe(org.openqa.selenium.By.tagName("h1"), expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            // fall through: the assertion that follows names what was shown instead
        }
        return browser.findElement(org.openqa.selenium.By.tagName("h1")).getText();
    }

    /** Waits until the address matches this pattern (a click returns before the next page is there) and returns it. */
    public static String urlMatching(ChromeDriver browser, String regex) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.urlMatches(regex));
        return browser.getCurrentUrl();
    }

    /**
     * Signs in through the login form and waits until the browser has left the login page; a click returns
     * before the sign-in has completed, and navigating on too early loses the new session.
     */
    public static void signIn(ChromeDriver browser, String baseUrl, String username, String password) {
        browser.get(baseUrl + "/login");
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        browser.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    /** Takes a full-page screenshot by growing the window to the page height first. */
    public static Path fullPage(ChromeDriver browser, String name, int width) {
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(width, Math.min(6000, height.intValue() + 40)));
        return screenshot(browser, name);
    }

}
