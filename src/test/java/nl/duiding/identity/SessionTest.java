package nl.duiding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.duiding.TestFixtures;

/** A new session id at sign-in; after logout the old session cookie opens nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;

    final CookieManager cookies = new CookieManager();
    HttpClient client;

    @Test
    void signingInGivesANewSessionId() throws Exception {
        fixtures.world();
        client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String csrf = csrfFrom(get("/login").body());
        String before = sessionId();
        assertThat(before).isNotNull();
        HttpResponse<String> signedIn = post("/login", "username=" + TestFixtures.OFFICER + "&password="
                + enc(TestFixtures.OFFICER_PASSWORD) + "&_csrf=" + enc(csrf));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/start"));
        assertThat(sessionId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void afterLogoutTheOldSessionCookieOpensNothing() throws Exception {
        fixtures.world();
        client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String csrf = csrfFrom(get("/login").body());
        post("/login", "username=" + TestFixtures.OFFICER + "&password=" + enc(TestFixtures.OFFICER_PASSWORD)
                + "&_csrf=" + enc(csrf));
        String signedInSession = sessionId();
        assertThat(withCookie(signedInSession, "/dashboard")).as("signed in").isEqualTo(200);

        String logoutCsrf = csrfFrom(get("/dashboard").body());
        HttpResponse<String> loggedOut = post("/logout", "_csrf=" + enc(logoutCsrf));
        assertThat(loggedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?uitgelogd"));

        assertThat(withCookie(signedInSession, "/dashboard")).as("the old cookie after logout").isEqualTo(302);
    }

    @Test
    void withoutSingleSignOnConfiguredTheLoginPageHasNoSsoButton() throws Exception {
        client = HttpClient.newBuilder().cookieHandler(cookies).build();
        assertThat(Jsoup.parse(get("/login").body()).select("a[href^=/oauth2/authorization]")).isEmpty();
        assertThat(Jsoup.parse(get("/login").body()).select("input[name=password]")).hasSize(1);
    }

    /** A separate client that sends only this session cookie, as a thief who copied it would. */
    private int withCookie(String sessionId, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).header("Cookie", "JSESSIONID=" + sessionId)
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrfFrom(String html) {
        return Jsoup.parse(html).select("input[name=_csrf]").attr("value");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
