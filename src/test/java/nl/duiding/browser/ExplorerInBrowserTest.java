package nl.duiding.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import nl.duiding.TestFixtures;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.story.TellerRole;

/** A policy officer draws a lasso around one corner of the triad, clicks a point, and types a range; each lists the right stories. */
class ExplorerInBrowserTest extends BrowserTest {

    @Autowired
    StoryQueries queries;

    @Test
    void lassoClickAndTypedRangeEachListTheStoriesBehindThePoints() {
        for (int i = 0; i < 4; i++) {
            fixtures.tell(world, world.providerId(), TellerRole.CLIENT, "Zelf gedaan " + i,
                    "Ik deed het zelf, met de scootmobiel naar de markt.", 0.8, 0.1, 0.1);
            fixtures.tell(world, world.providerId(), TellerRole.PROFESSIONAL, "Met hulp " + i,
                    "De begeleider van het wijkteam kwam; de begeleider bleef.", 0.1, 0.1, 0.8);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> queries.insights(StoryFilter.opgave(world.opgaveId()), List.of(), 0)
                .total() == 8);
        Browser.signIn(browser, url(""), TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        browser.get(url("/dashboard/opgave/" + world.opgaveId()));
        browser.findElement(By.id("link-explorer")).click();
        WebElement svg = browser.findElement(By.id("explorer-svg"));
        assertThat(browser.findElements(By.cssSelector("#explorer-svg .dots circle"))).hasSize(8);

        // corner A is at (200, 40) in the chart's own units; the answers at 80% A lie at (200, 95)
        Actions lasso = new Actions(browser);
        int[] start = onScreen(svg, 200, 22);
        lasso.moveToLocation(start[0], start[1]).clickAndHold();
        for (double[] p : new double[][] {{160, 90}, {120, 165}, {200, 170}, {280, 165}, {240, 90}, {200, 24}}) {
            int[] at = onScreen(svg, p[0], p[1]);
            lasso.moveToLocation(at[0], at[1]);
        }
        lasso.release().perform();
        assertThat(storyTitles()).hasSize(4).allMatch(t -> t.startsWith("Zelf gedaan"));
        assertThat(browser.findElement(By.id("selected-count")).getText()).isEqualTo("4");
        assertThat(browser.findElements(By.cssSelector("#explorer-svg polygon.area"))).hasSize(1);
        Browser.fullPage(browser, "story-explorer-lasso", 1280);

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> ((Number) browser.executeScript("return window.innerHeight")).intValue() <= 900);
        svg = browser.findElement(By.id("explorer-svg"));
        // the answers at 80% C: x = 40 + 320·(0.8 + 0.1/2) = 312, y = 40 + 277.1·0.9 = 289.4
        int[] point = onScreen(svg, 312, 289.4);
        WebElement before = browser.findElement(By.id("h-explorer-stories"));
        new Actions(browser).moveToLocation(point[0], point[1]).click().perform();
        Browser.awaitReplaced(browser, before, Duration.ofSeconds(20));
        assertThat(storyTitles()).hasSize(4).allMatch(t -> t.startsWith("Met hulp"));

        browser.findElement(By.id("minA")).sendKeys("60");
        before = browser.findElement(By.id("h-explorer-stories"));
        browser.findElement(By.id("area-submit")).click();
        Browser.awaitReplaced(browser, before, Duration.ofSeconds(20));
        assertThat(storyTitles()).hasSize(4).allMatch(t -> t.startsWith("Zelf gedaan"));

        browser.get(url("/dashboard/opgave/" + world.opgaveId() + "/themas?role=PROFESSIONAL"));
        assertThat(browser.findElement(By.cssSelector("#key-terms tbody tr th a")).getText()).isEqualTo("begeleider");
        Browser.fullPage(browser, "themes-professionals", 1280);
    }

    /**
     * Where a point in the chart's viewBox units is on the screen, after scrolling the chart into view. Waits until
     * the browser has settled (a window resize or scroll is applied asynchronously) so that the point on the screen
     * really lies on the chart.
     */
    private int[] onScreen(WebElement svg, double x, double y) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", svg);
        int[][] found = new int[1][];
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            @SuppressWarnings("unchecked")
            List<Number> xy = (List<Number>) browser.executeScript("var s = arguments[0], p = s.createSVGPoint();"
                    + "p.x = arguments[1]; p.y = arguments[2]; var q = p.matrixTransform(s.getScreenCTM());"
                    + "var hit = document.elementFromPoint(q.x, q.y);"
                    + "return hit && (hit === s || s.contains(hit)) ? [q.x, q.y] : null;", svg, x, y);
            if (xy == null) {
                browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", svg);
                return false;
            }
            found[0] = new int[] {(int) Math.round(xy.get(0).doubleValue()), (int) Math.round(xy.get(1).doubleValue())};
            return true;
        });
        return found[0];
    }

    private List<String> storyTitles() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("h-explorer-stories")));
        return browser.findElements(By.cssSelector("#explorer-stories h3")).stream().map(WebElement::getText).toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
