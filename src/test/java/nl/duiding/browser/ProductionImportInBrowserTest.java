package nl.duiding.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import nl.duiding.TestFixtures;
import nl.duiding.opgave.OpgaveCatalog;

/**
 * A policy officer uploads declaration files in real Chromium and reads, on the page after the upload, the progress,
 * the totals and why a file or a line was refused, never an error page (issue 16: this page answered 500).
 */
@TestPropertySource(properties = {"duiding.pseudonym.secret=test-only-pseudonym-secret-2026", "duiding.municipality.codes=0505"})
class ProductionImportInBrowserTest extends BrowserTest {

    private static final String HEAD = "wet;declaratienummer;declaratie_begin;declaratie_eind;agb_code;gemeentecode;"
            + "referentienummer;bsn;productcategorie;productcode;product_begin;product_eind;volume;eenheid;tarief;bedrag;"
            + "debet_credit;wijk\r\n";

    @Autowired
    OpgaveCatalog catalog;

    @Test
    void aRefusedFileAGoodFileAndALargeFileEachShowTheirOutcome() throws IOException {
        String agb = String.valueOf(ThreadLocalRandom.current().nextInt(20_000_000, 98_999_999));
        catalog.saveProvider(null, "Browser Testaanbieder " + agb, agb);
        Browser.signIn(browser, url(""), TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);

        // a ZIP is refused as a whole, with what to do about it
        upload(file("declaraties.zip", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}));
        assertThat(Browser.heading(browser, "declaraties.zip")).isEqualTo("declaraties.zip");
        assertThat(browser.findElement(By.id("job-failed")).getText()).contains("pak het eerst uit");

        // a good file with one wrong line: totals and the reason on the import page
        String rows = line(agb, 1, "175,00") + line(agb, 2, "175,00") + line(agb, 3, "180,00");
        upload(file("declaraties maart.csv", (HEAD + rows).getBytes(Charset.forName("windows-1252"))));
        awaitImportPage();
        assertThat(browser.findElement(By.id("accepted")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("rejected")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("amount")).getText()).contains("350,00");
        assertThat(browser.findElement(By.id("rejections")).getText()).contains("regel 4").contains("niet volume 2");
        assertThat(browser.findElement(By.id("rejections-csv")).getAttribute("href")).endsWith(".csv");

        // an unknown sender is named with a one-click "add"; a line for another municipality is refused
        String stranger = String.valueOf(ThreadLocalRandom.current().nextInt(20_000_000, 98_999_999));
        String foreign = line(stranger, 2, "175,00").replace(";0505;", ";0599;");
        upload(file("onbekend.csv", (HEAD + line(stranger, 1, "175,00") + foreign).getBytes(Charset.forName("windows-1252"))));
        awaitImportPage();
        assertThat(browser.findElement(By.id("accepted")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("rejections")).getText())
                .contains("Gemeentecode 0599 is niet van deze gemeente (0505)");
        assertThat(browser.findElement(By.id("warnings")).getText())
                .contains("Afzender " + stranger + " (1 regels) is geen bekende aanbieder");
        browser.findElement(By.cssSelector("#warnings form.add-provider button")).click();
        assertThat(Browser.urlMatching(browser, ".*aanbiederToegevoegd=" + stranger)).isNotNull();
        assertThat(browser.findElement(By.id("provider-added")).getText()).contains("Aanbieder " + stranger + " is toegevoegd");
        assertThat(browser.findElements(By.cssSelector("#warnings form.add-provider"))).isEmpty();
        assertThat(catalog.providerByAgbCode(stranger)).isPresent();

        // a large file: the page after the upload shows progress (or, on a fast machine, already the totals)
        StringBuilder large = new StringBuilder(HEAD);
        for (int i = 1; i <= 150_000; i++) {
            large.append(line(agb, 100 + i, "175,00"));
        }
        upload(file("groot.csv", large.toString().getBytes(Charset.forName("windows-1252"))));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isIn("groot.csv", "Import " + lastImportId());
        if (!browser.getCurrentUrl().contains("/imports/")) {
            assertThat(browser.findElement(By.id("job-phase")).getText()).startsWith("Bezig");
            assertThat(browser.findElement(By.id("job-lines")).getText()).contains("regels verwerkt");
        }
        awaitImportPage();
        assertThat(browser.findElement(By.id("accepted")).getText()).as("a count in Dutch: a dot for thousands").isEqualTo("150.000");
        assertThat(browser.getPageSource()).doesNotContain("Er ging iets mis");
        Browser.fullPage(browser, "production-import", 1280);
    }

    private String lastImportId() {
        return browser.getCurrentUrl().replaceAll(".*/imports/(\\d+).*", "$1");
    }

    private void upload(Path file) {
        browser.get(url("/beheer/productie"));
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form#upload button[type=submit]")).click();
        Browser.urlMatching(browser, ".*/beheer/productie/(taken|imports)/.*");
    }

    /** Without JavaScript the running page refreshes itself (Refresh header) until the import page shows. */
    private void awaitImportPage() {
        new WebDriverWait(browser, Duration.ofSeconds(120)).pollingEvery(Duration.ofMillis(500))
                .until(driver -> driver.getCurrentUrl().contains("/beheer/productie/imports/")
                        && !driver.findElements(By.id("accepted")).isEmpty());
    }

    private static String line(String agb, int reference, String amount) {
        String bsn = reference % 2 == 0 ? "999900018" : "999900006";
        return "JW;M1;01-03-2025;31-03-2025;" + agb + ";0505;" + reference + ";" + bsn + ";45;45A01;01-03-2025;31-03-2025;2;04;87,50;"
                + amount + ";D;\r\n";
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory("duiding-browser-");
        Path file = dir.resolve(name);
        Files.write(file, content);
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return file;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
