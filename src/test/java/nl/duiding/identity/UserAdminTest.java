package nl.duiding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;

/** The administrator's user page applies the password rules; only administrators reach it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserAdminTest {

    static final String ADMIN = "test-beheer";
    static final String ADMIN_PASSWORD = "Sterk-Beheer-Geheim-7";

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    HttpSession admin;

    @BeforeEach
    void signInAsAdministrator() {
        fixtures.world();
        fixtures.accounts().createIfAbsent(ADMIN, "Test Beheer", ADMIN_PASSWORD, Role.ADMIN, Set.of());
        admin = new HttpSession(port);
        assertThat(admin.login(ADMIN, ADMIN_PASSWORD).location()).endsWith("/start");
    }

    @Test
    void aWeakPasswordIsRefusedWithTheRulesAndTheFormKept() {
        String username = "nieuw-" + UUID.randomUUID().toString().substring(0, 6);
        Page page = create(username, username + "1");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.document().select(".error-summary li").eachText())
                .containsExactly("Het wachtwoord mag de gebruikersnaam niet bevatten.");
        assertThat(page.document().select("#username").val()).isEqualTo(username);
        assertThat(new HttpSession(port).login(username, username + "1").location()).endsWith("/login?error");
    }

    @Test
    void aShortSimplePasswordGetsEveryRuleItBreaks() {
        Page page = create("nieuw-" + UUID.randomUUID().toString().substring(0, 6), "kort");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.document().select(".error-summary li").eachText()).containsExactly(
                "Het wachtwoord is te kort: gebruik minstens 12 tekens.",
                "Gebruik minstens drie van deze vier soorten tekens: hoofdletters, kleine letters, cijfers en andere "
                        + "tekens. Of kies een wachtzin van minstens 20 tekens.");
    }

    @Test
    void aStrongPasswordCreatesAnAccountThatCanSignIn() {
        String username = "nieuw-" + UUID.randomUUID().toString().substring(0, 6);
        Page page = create(username, "Lente-in-Dordrecht-26");
        assertThat(page.location()).endsWith("/gebruikers?aangemaakt");
        assertThat(new HttpSession(port).login(username, "Lente-in-Dordrecht-26").location()).endsWith("/start");
        assertThat(admin.get("/gebruikers").document().select("td").eachText()).contains(username);
    }

    @Test
    void anAdministratorSetsANewPasswordUnderTheSameRules() {
        String username = "wissel-" + UUID.randomUUID().toString().substring(0, 6);
        fixtures.accounts().createIfAbsent(username, "Wissel", "Oud-Wachtwoord-99", Role.GRIFFIE, Set.of());
        String csrf = admin.get("/gebruikers").csrf();
        Page weak = admin.post("/gebruikers/wachtwoord", List.of(Map.entry("username", username),
                Map.entry("password", "kort"), Map.entry("_csrf", csrf)));
        assertThat(weak.status()).isEqualTo(422);
        Page strong = admin.post("/gebruikers/wachtwoord", List.of(Map.entry("username", username),
                Map.entry("password", "Nieuw-Wachtwoord-100"), Map.entry("_csrf", csrf)));
        assertThat(strong.location()).endsWith("/gebruikers?wachtwoord");
        assertThat(new HttpSession(port).login(username, "Nieuw-Wachtwoord-100").location()).endsWith("/start");
    }

    @Test
    void aPasswordResetEndsTheUsersSessionsAtOnce() {
        String username = "sessie-" + UUID.randomUUID().toString().substring(0, 6);
        fixtures.accounts().createIfAbsent(username, "Sessie", "Oud-Wachtwoord-99", Role.GRIFFIE, Set.of());
        HttpSession thief = new HttpSession(port);
        assertThat(thief.login(username, "Oud-Wachtwoord-99").location()).endsWith("/start");
        assertThat(thief.get("/start").status()).isEqualTo(200);
        Page reset = admin.post("/gebruikers/wachtwoord", List.of(Map.entry("username", username.toUpperCase()),
                Map.entry("password", "Nieuw-Wachtwoord-100"), Map.entry("_csrf", admin.get("/gebruikers").csrf())));
        assertThat(reset.location()).endsWith("/gebruikers?wachtwoord");
        Page after = thief.get("/start");
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.location()).contains("/login?verlopen");
        assertThat(thief.get("/login?verlopen").document().select("#sessie-verlopen").text()).contains("wachtwoord is gewijzigd");
        assertThat(admin.get("/gebruikers").status()).as("the administrator's own session stays").isEqualTo(200);
    }

    @Test
    void aDisabledAccountIsSignedOutAndCannotSignInUntilEnabledAgain() {
        String username = "uit-" + UUID.randomUUID().toString().substring(0, 6);
        fixtures.accounts().createIfAbsent(username, "Uit", "Oud-Wachtwoord-99", Role.GRIFFIE, Set.of());
        HttpSession user = new HttpSession(port);
        user.login(username, "Oud-Wachtwoord-99");
        Page disabled = admin.post("/gebruikers/status", List.of(Map.entry("username", username),
                Map.entry("enabled", "false"), Map.entry("_csrf", admin.get("/gebruikers").csrf())));
        assertThat(disabled.location()).endsWith("/gebruikers?uitgeschakeld");
        assertThat(user.get("/start").location()).contains("/login");
        assertThat(new HttpSession(port).login(username, "Oud-Wachtwoord-99").location()).endsWith("/login?error");
        assertThat(admin.get("/gebruikers").document().select("td:contains(" + username + ") ~ td").text()).contains("Uitgeschakeld");

        admin.post("/gebruikers/status", List.of(Map.entry("username", username), Map.entry("enabled", "true"),
                Map.entry("_csrf", admin.get("/gebruikers").csrf())));
        assertThat(new HttpSession(port).login(username, "Oud-Wachtwoord-99").location()).endsWith("/start");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'APP_USER'"
                + " and object_id = ? and details like 'disabled%'", Integer.class, username)).isEqualTo(1);
    }

    @Test
    void aRemovedAccountIsGoneAndItsSessionsEnd() {
        String username = "weg-" + UUID.randomUUID().toString().substring(0, 6);
        fixtures.accounts().createIfAbsent(username, "Weg", "Oud-Wachtwoord-99", Role.GRIFFIE, Set.of());
        HttpSession user = new HttpSession(port);
        user.login(username, "Oud-Wachtwoord-99");
        Page removed = admin.post("/gebruikers/verwijderen", List.of(Map.entry("username", username),
                Map.entry("_csrf", admin.get("/gebruikers").csrf())));
        assertThat(removed.location()).endsWith("/gebruikers?verwijderd");
        assertThat(user.get("/start").location()).contains("/login");
        assertThat(admin.get("/gebruikers").document().select("td").eachText()).doesNotContain(username);
        assertThat(admin.post("/gebruikers/verwijderen", List.of(Map.entry("username", username),
                Map.entry("_csrf", admin.get("/gebruikers").csrf()))).status()).isEqualTo(404);
    }

    @Test
    void anAdministratorCannotDisableOrRemoveHerOwnAccount() {
        String csrf = admin.get("/gebruikers").csrf();
        assertThat(admin.post("/gebruikers/verwijderen", List.of(Map.entry("username", ADMIN), Map.entry("_csrf", csrf)))
                .status()).isEqualTo(422);
        assertThat(admin.post("/gebruikers/status", List.of(Map.entry("username", ADMIN), Map.entry("enabled", "false"),
                Map.entry("_csrf", csrf))).status()).isEqualTo(422);
        assertThat(admin.get("/gebruikers").status()).isEqualTo(200);
    }

    @Test
    void aUserChangesHerOwnPasswordWithTheCurrentOneAndHerOtherSessionsEnd() {
        String username = "zelf-" + UUID.randomUUID().toString().substring(0, 6);
        fixtures.accounts().createIfAbsent(username, "Zelf", "Oud-Wachtwoord-99", Role.GRIFFIE, Set.of());
        HttpSession laptop = new HttpSession(port);
        laptop.login(username, "Oud-Wachtwoord-99");
        HttpSession phone = new HttpSession(port);
        phone.login(username, "Oud-Wachtwoord-99");
        String csrf = laptop.get("/wachtwoord").csrf();
        Page wrong = laptop.post("/wachtwoord", List.of(Map.entry("current", "Fout-Wachtwoord-99"),
                Map.entry("password", "Nieuw-Wachtwoord-100"), Map.entry("_csrf", csrf)));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.document().select(".error-summary li").text()).contains("huidige wachtwoord klopt niet");
        Page common = laptop.post("/wachtwoord", List.of(Map.entry("current", "Oud-Wachtwoord-99"),
                Map.entry("password", "Password1234!"), Map.entry("_csrf", csrf)));
        assertThat(common.status()).isEqualTo(422);
        Page changed = laptop.post("/wachtwoord", List.of(Map.entry("current", "Oud-Wachtwoord-99"),
                Map.entry("password", "Nieuw-Wachtwoord-100"), Map.entry("_csrf", csrf)));
        assertThat(changed.location()).endsWith("/wachtwoord?gewijzigd");
        assertThat(laptop.get("/start").status()).as("this session stays").isEqualTo(200);
        assertThat(phone.get("/start").location()).as("the other one ends").contains("/login");
        assertThat(new HttpSession(port).login(username, "Nieuw-Wachtwoord-100").location()).endsWith("/start");
    }

    @Test
    void onlyAdministratorsReachThePageAndCsrfIsRequired() {
        HttpSession officer = new HttpSession(port);
        officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        assertThat(officer.get("/gebruikers").status()).isEqualTo(403);
        assertThat(new HttpSession(port).get("/gebruikers").status()).isEqualTo(302);
        assertThat(admin.post("/gebruikers", List.of(Map.entry("username", "x"))).status()).isEqualTo(403);
    }

    private Page create(String username, String password) {
        String csrf = admin.get("/gebruikers").csrf();
        return admin.post("/gebruikers", List.of(Map.entry("username", username), Map.entry("displayName", "Nieuw"),
                Map.entry("role", "POLICY_OFFICER"), Map.entry("providerId", ""), Map.entry("password", password),
                Map.entry("_csrf", csrf)));
    }
}
