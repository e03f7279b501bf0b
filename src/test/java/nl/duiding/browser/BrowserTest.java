package nl.duiding.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.duiding.TestFixtures;

/**
 * What every real-browser test shares: the running app on a random port, a fresh world of test data and a
 * headless Chromium (skipped with a message where there is none), closed after each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;

    ChromeDriver browser;
    TestFixtures.World world;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(1280, 900);
        world = fixtures.world();
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
