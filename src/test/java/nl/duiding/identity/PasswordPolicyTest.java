package nl.duiding.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The password rules, without Spring. */
class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @CsvSource({"beleid,bea-demo-2026", "aanbieder,aad-demo-2026", "griffie,gerda-demo-2026", "beheer,bram-demo-2026",
            "test-beleid,Geheim-voor-Tests-1", "iemand,Lange Zin Met Spaties"})
    void theDemoAndTestPasswordsPass(String username, String password) {
        assertThat(policy.problems(username, password)).isEmpty();
    }

    @Test
    void tooShortIsRefused() {
        assertThat(policy.problems("iemand", "Kort-123")).containsExactly("password.tooShort");
    }

    @Test
    void twoKindsOfCharactersAreNotEnough() {
        assertThat(policy.problems("iemand", "alleenkleine1")).containsExactly("password.tooSimple");
        assertThat(policy.problems("iemand", "alleenKLEINE")).containsExactly("password.tooSimple");
    }

    @Test
    void fromTwentyCharactersAPassphraseNeedsNoMixOfKinds() {
        assertThat(policy.problems("iemand", "negentien tekens lan")).isEmpty();
        assertThat(policy.problems("iemand", "negentien tekens la")).containsExactly("password.tooSimple");
    }

    @Test
    void theUsernameMayNotBeInIt() {
        assertThat(policy.problems("beleid", "Mijn-beleid-2026")).containsExactly("password.containsUsername");
        assertThat(policy.problems("beleid", "Mijn-BELEID-2026")).containsExactly("password.containsUsername");
        assertThat(policy.problems("beleid", "Mijn-dielEB-2026")).containsExactly("password.containsUsername");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(policy.problems("iemand", "Welkom123456")).containsExactly("password.common");
        assertThat(policy.problems("iemand", "WACHTWOORD2026")).contains("password.common");
    }

    @Test
    void aCommonWordWithDigitsAndSignsAddedOrRepeatedIsStillCommon() {
        assertThat(policy.problems("iemand", "Password1234!")).containsExactly("password.common");
        assertThat(policy.problems("iemand", "Zomer2026!Zomer")).containsExactly("password.common");
        assertThat(policy.problems("iemand", "Dragon-2026-xx!")).isEmpty();
    }

    @Test
    void theBundledListHoldsAtLeastTenThousandCommonPasswords() throws Exception {
        try (var in = PasswordPolicy.class.getResourceAsStream("/identity/zxcvbn-passwords.txt")) {
            long lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().count();
            assertThat(lines).isGreaterThanOrEqualTo(10_000);
        }
        assertThat(policy.problems("iemand", "mailcreated5240")).contains("password.common");
    }

    @Test
    void longerThanBcryptCanHashIsRefused() {
        assertThat(policy.problems("iemand", "Aa1-" + "x".repeat(61))).contains("password.tooLong");
        assertThat(policy.problems("iemand", "Aa1-" + "é".repeat(40))).contains("password.tooLong");
    }

    @Test
    void checkThrowsWithEveryProblem() {
        assertThatThrownBy(() -> policy.check("beleid", "beleid"))
                .isInstanceOfSatisfying(WeakPasswordException.class, e -> assertThat(e.messageKeys())
                        .contains("password.tooShort", "password.tooSimple", "password.containsUsername"));
    }
}
