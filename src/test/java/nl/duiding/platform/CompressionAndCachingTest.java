package nl.duiding.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.duiding.TestFixtures;

/**
 * Issue 17: pages are gzipped when the browser asks for it; styles and scripts are named by their content hash
 * and cached for a year; the pages themselves are not cached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompressionAndCachingTest {

    private static final Pattern HASHED = Pattern.compile("/(?:css|js)/[a-z-]+-[0-9a-f]{32}\\.(?:css|js)");

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aPageIsGzippedAndItsStylesAndScriptsAreHashedAndCacheable() throws Exception {
        String token = fixtures.world().collection().token();
        HttpResponse<byte[]> page = get("/vertel/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        String html = gunzip(page.body());
        assertThat(html).contains("Vertel je verhaal");

        Matcher hashed = HASHED.matcher(html);
        int resources = 0;
        while (hashed.find()) {
            resources++;
            HttpResponse<byte[]> resource = get(hashed.group());
            assertThat(resource.statusCode()).as(hashed.group()).isEqualTo(200);
            assertThat(resource.headers().firstValue("Cache-Control").orElse("")).as(hashed.group())
                    .contains("max-age=31536000").contains("public").doesNotContain("no-store");
        }
        assertThat(resources).as("the stylesheet and the scripts").isGreaterThanOrEqualTo(5);
        HttpResponse<byte[]> plain = get("/css/report.css");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Cache-Control")).as("a plain name is revalidated").hasValue("no-cache");
        assertThat(html).doesNotContain("href=\"/css/duiding.css\"");
    }

    /**
     * ADR 0026: the page links the theme under its hashed name; duiding.css imports the NL Design System component
     * styles and names the font under theirs; all are cached for a year.
     */
    @Test
    void theNlDesignSystemFilesAndTheFontAreHashedAndCacheable() throws Exception {
        String html = gunzip(get("/login").body());
        Matcher theme = Pattern.compile("/css/nl-design-system/voorbeeld-theme-[0-9a-f]{32}\\.css").matcher(html);
        assertThat(theme.find()).as("the theme, linked by its hashed name").isTrue();
        assertCachedForAYear(theme.group());

        Matcher stylesheet = Pattern.compile("/css/duiding-[0-9a-f]{32}\\.css").matcher(html);
        assertThat(stylesheet.find()).isTrue();
        String css = gunzip(get(stylesheet.group()).body());
        Matcher imported = Pattern.compile("nl-design-system/utrecht-(components|html)-[0-9a-f]{32}\\.css").matcher(css);
        int imports = 0;
        while (imported.find()) {
            imports++;
            assertCachedForAYear("/css/" + imported.group());
        }
        assertThat(imports).as("components and plain HTML, imported under their hashed names").isEqualTo(2);
        Matcher font = Pattern.compile("nl-design-system/fonts/noto-sans-latin-wght-normal-[0-9a-f]{32}\\.woff2").matcher(css);
        assertThat(font.find()).as("the font's url in duiding.css carries its hash").isTrue();
        assertCachedForAYear("/css/" + font.group());
    }

    private void assertCachedForAYear(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> resource = get(path);
        assertThat(resource.statusCode()).as(path).isEqualTo(200);
        assertThat(resource.headers().firstValue("Cache-Control").orElse("")).as(path)
                .contains("max-age=31536000").contains("public");
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
