package nl.duiding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.duiding.HttpSession;
import nl.duiding.TestFixtures;

/** Security from the first line: headers, CSRF, roles, no stack traces, health only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityBasicsTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void aStorySubmitWithoutCsrfTokenIsRefused() {
        TestFixtures.World world = fixtures.world();
        HttpSession teller = new HttpSession(port);
        teller.get("/vertel/" + world.collection().token());
        var page = teller.post("/vertel/" + world.collection().token(), List.of(Map.entry("title", "x")));
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.document().text()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aProviderUserCannotOpenThePolicyOfficersPages() {
        fixtures.world();
        new TestUsers(fixtures).provider();
        HttpSession provider = new HttpSession(port);
        assertThat(provider.login("test-aanbieder", "Geheim-Aanbieder-Test-1").status()).isEqualTo(302);
        assertThat(provider.get("/dashboard").status()).isEqualTo(403);
        assertThat(provider.get("/beheer/opgaven").status()).isEqualTo(403);
    }

    @Test
    void wrongPasswordsDoNotSignIn() {
        fixtures.world();
        var page = new HttpSession(port).login(TestFixtures.OFFICER, "fout");
        assertThat(page.location()).endsWith("/login?error");
    }

    @Test
    void actuatorExposesHealthOnly() throws Exception {
        assertThat(status("/actuator/health")).isEqualTo(200);
        assertThat(status("/actuator/env")).isNotEqualTo(200);
        assertThat(status("/actuator/beans")).isNotEqualTo(200);
    }

    private int status(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
