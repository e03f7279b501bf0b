package nl.duiding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;

/**
 * Five failed sign-ins lock an account for a quarter of an hour; the page says the same for a wrong
 * password, a locked account and an unknown user; a success resets the count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LockoutTest {

    static final String PASSWORD = "Goed-Wachtwoord-42";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    String username;

    @BeforeEach
    void createAccount() {
        username = "slot-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfAbsent(username, "Slot Test", PASSWORD, Role.POLICY_OFFICER, Set.of());
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(username, "fout-" + i).location()).endsWith("/login?error");
        }
        assertThat(jdbc.queryForObject("select locked_until > now() + interval '14 minutes' from app_user where username = ?",
                Boolean.class, username)).isTrue();
        Page refused = signIn(username, PASSWORD);
        assertThat(refused.location()).as("locked, even with the right password").endsWith("/login?error");
        String lockedMessage = new HttpSession(port).get("/login?error").document().select("p.error").text();
        assertThat(lockedMessage).contains("Na vijf mislukte pogingen");
    }

    @Test
    void theMessageIsTheSameForAnUnknownUser() {
        HttpSession unknown = new HttpSession(port);
        Page page = unknown.login("bestaat-niet-" + UUID.randomUUID(), "fout");
        assertThat(page.location()).endsWith("/login?error");
        assertThat(unknown.get("/login?error").document().select("p.error").text())
                .isEqualTo("Inloggen is niet gelukt. Controleer je gebruikersnaam en wachtwoord. Na vijf mislukte pogingen "
                        + "kun je een kwartier niet inloggen; probeer het dan later opnieuw.");
    }

    @Test
    void theLockEndsWhenItsTimeIsUp() {
        for (int i = 0; i < 5; i++) {
            signIn(username, "fout-" + i);
        }
        jdbc.update("update app_user set locked_until = now() - interval '1 second' where username = ?", username);
        assertThat(signIn(username, PASSWORD).location()).endsWith("/start");
    }

    @Test
    void aSuccessResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            signIn(username, "fout-" + i);
        }
        assertThat(failures()).isEqualTo(4);
        assertThat(signIn(username, PASSWORD).location()).endsWith("/start");
        assertThat(failures()).isZero();
        for (int i = 0; i < 4; i++) {
            signIn(username, "fout-" + i);
        }
        assertThat(signIn(username, PASSWORD).location()).as("4 + 4 failures with a success between lock nothing")
                .endsWith("/start");
    }

    @Test
    void anAdministratorsNewPasswordLiftsTheLock() {
        for (int i = 0; i < 5; i++) {
            signIn(username, "fout-" + i);
        }
        accounts.changePassword(username, "Nieuw-Wachtwoord-43");
        assertThat(signIn(username, "Nieuw-Wachtwoord-43").location()).endsWith("/start");
    }

    private int failures() {
        Integer count = jdbc.queryForObject("select failed_sign_ins from app_user where username = ?", Integer.class, username);
        return count == null ? -1 : count;
    }

    private Page signIn(String user, String password) {
        return new HttpSession(port).login(user, password);
    }
}
