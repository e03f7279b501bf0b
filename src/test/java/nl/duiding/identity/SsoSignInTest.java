package nl.duiding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;
import nl.duiding.opgave.OpgaveCatalog;

/**
 * The whole authorization-code flow against a fake issuer: Duiding exchanges the code, checks the
 * signed ID token, maps its claims to a role, and lets the user in, or shows the no-access page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.client.registration.nep.client-id=" + FakeIssuer.CLIENT_ID,
        "spring.security.oauth2.client.registration.nep.client-secret=geheim",
        "spring.security.oauth2.client.registration.nep.scope=openid",
        "spring.security.oauth2.client.registration.nep.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.nep.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.nep.user-name-attribute=sub",
        "duiding.sso.roles-claim=realm_access.roles",
        "duiding.sso.role-mapping.POLICY_OFFICER=duiding-beleid",
        "duiding.sso.role-mapping.PROVIDER=duiding-aanbieder",
        "duiding.sso.provider-claim=agb"})
class SsoSignInTest {

    static final FakeIssuer ISSUER = new FakeIssuer();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.nep.authorization-uri", () -> ISSUER.url() + "/authorize");
        registry.add("spring.security.oauth2.client.provider.nep.token-uri", () -> ISSUER.url() + "/token");
        registry.add("spring.security.oauth2.client.provider.nep.jwk-set-uri", () -> ISSUER.url() + "/keys");
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    OpgaveCatalog catalog;

    @Test
    void aMappedPolicyOfficerIsSignedInWithANewSessionAndReachesTheDashboard() {
        fixtures.world();
        HttpSession browser = new HttpSession(port);
        Page done = signInAtIssuer(browser, Map.of("sub", "u-1", "preferred_username", "bea@gemeente.nl",
                "realm_access", Map.of("roles", List.of("offline_access", "duiding-beleid"))));
        assertThat(done.location()).endsWith("/start");
        assertThat(browser.get("/dashboard").status()).isEqualTo(200);
        assertThat(browser.get("/gebruikers").status()).as("not an administrator").isEqualTo(403);
    }

    @Test
    void aProviderUserIsBoundThroughTheAgbCodeAndKeptOutOfPolicyPages() {
        TestFixtures.World world = fixtures.world();
        String agb = catalog.provider(world.providerId()).orElseThrow().agbCode();
        HttpSession browser = new HttpSession(port);
        Page done = signInAtIssuer(browser, Map.of("sub", "u-2", "realm_access", Map.of("roles", List.of("duiding-aanbieder")),
                "agb", agb));
        assertThat(done.location()).endsWith("/start");
        assertThat(browser.get("/start").status()).isEqualTo(200);
        assertThat(browser.get("/dashboard").status()).isEqualTo(403);
    }

    @Test
    void noMappedRoleShowsTheNoAccessPageAndSignsNobodyIn() {
        HttpSession browser = new HttpSession(port);
        Page done = signInAtIssuer(browser, Map.of("sub", "u-3", "realm_access", Map.of("roles", List.of("iets-anders"))));
        assertThat(done.location()).endsWith("/inloggen/geen-toegang");
        Page page = browser.get("/inloggen/geen-toegang");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.document().select("h1").text()).isEqualTo("Geen toegang tot Duiding");
        assertThat(browser.get("/start").status()).as("not signed in").isEqualTo(302);
    }

    @Test
    void aProviderRoleWithAnUnknownAgbCodeGetsNoAccess() {
        HttpSession browser = new HttpSession(port);
        Page done = signInAtIssuer(browser, Map.of("sub", "u-4", "realm_access", Map.of("roles", List.of("duiding-aanbieder")),
                "agb", "00000000"));
        assertThat(done.location()).endsWith("/inloggen/geen-toegang");
    }

    /** Plays the browser: start at Duiding, "sign in" at the issuer, come back with the code. */
    private Page signInAtIssuer(HttpSession browser, Map<String, Object> claims) {
        Page toIssuer = browser.get("/oauth2/authorization/nep");
        assertThat(toIssuer.location()).startsWith(ISSUER.url() + "/authorize");
        Map<String, String> query = query(toIssuer.location());
        String code = UUID.randomUUID().toString();
        ISSUER.signIn(code, query.get("nonce"), claims);
        return browser.get("/login/oauth2/code/nep?code=" + code + "&state=" + query.get("state"));
    }

    private static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
