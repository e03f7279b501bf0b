package nl.duiding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;

/**
 * With an OIDC client registration configured (explicit endpoints of a fake issuer, so nothing is
 * discovered at start-up) the sign-in page offers single sign-on, and the button starts the
 * authorization-code flow at the issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.client.registration.gemeente.client-id=duiding",
        "spring.security.oauth2.client.registration.gemeente.client-secret=geheim",
        "spring.security.oauth2.client.registration.gemeente.client-name=Gemeente Dordrecht",
        "spring.security.oauth2.client.registration.gemeente.scope=openid,profile",
        "spring.security.oauth2.client.registration.gemeente.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.gemeente.provider=gemeente",
        "spring.security.oauth2.client.registration.gemeente.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.gemeente.authorization-uri=https://idp.example.test/authorize",
        "spring.security.oauth2.client.provider.gemeente.token-uri=https://idp.example.test/token",
        "spring.security.oauth2.client.provider.gemeente.jwk-set-uri=https://idp.example.test/keys",
        "spring.security.oauth2.client.provider.gemeente.user-info-uri=https://idp.example.test/userinfo",
        "spring.security.oauth2.client.provider.gemeente.user-name-attribute=sub",
        "duiding.sso.roles-claim=roles", "duiding.sso.role-mapping.POLICY_OFFICER=duiding-beleid"})
class SsoLoginPageTest {

    @LocalServerPort
    int port;

    @Test
    void theLoginPageOffersSingleSignOnNextToTheLocalForm() {
        Page login = new HttpSession(port).get("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.document().select("a[href=/oauth2/authorization/gemeente]").text())
                .isEqualTo("Inloggen met Gemeente Dordrecht");
        assertThat(login.document().select("input[name=password]")).hasSize(1);
    }

    @Test
    void theButtonStartsTheAuthorizationCodeFlowAtTheIssuer() {
        Page redirect = new HttpSession(port).get("/oauth2/authorization/gemeente");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.location()).startsWith("https://idp.example.test/authorize?")
                .contains("response_type=code").contains("client_id=duiding").contains("scope=openid")
                .contains("state=").contains("nonce=");
    }

    @Test
    void aUserWithoutAMappedRoleGetsAClearPage() {
        Page page = new HttpSession(port).get("/inloggen/geen-toegang");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.document().select("h1").text()).isEqualTo("Geen toegang tot Duiding");
    }

    @Test
    void signingInWithAnUnknownStateIsRefusedNotCrashed() {
        Page page = new HttpSession(port).get("/login/oauth2/code/gemeente?code=abc&state=verzonnen");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login?error");
    }
}
