package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PseudonymizerTest {

    private static final String SECRET = "a-test-secret-of-some-length";
    /** printf 999900006 | openssl dgst -sha256 -hmac a-test-secret-of-some-length */
    private static final String REFERENCE = "c92789cf2341a05d0e5abe9d8ace3d83503f7076572264e61c21b7d307c8688e";

    @Test
    void theSameBsnGivesTheSamePseudonymAcrossSessions() {
        Pseudonymizer pseudonymizer = new Pseudonymizer(SECRET);
        String first = pseudonymizer.open().pseudonym("999900006");
        String second = pseudonymizer.open().pseudonym("999900006");
        assertThat(first).isEqualTo(second).hasSize(64).matches("[0-9a-f]{64}").doesNotContain("999900006");
        assertThat(pseudonymizer.open().pseudonym("999900018")).isNotEqualTo(first);
    }

    @Test
    void isTheHmacSha256OfTheBsnUnderTheSecret() {
        assertThat(new Pseudonymizer(SECRET).open().pseudonym("999900006")).isEqualTo(REFERENCE);
    }

    @Test
    void anotherSecretGivesAnotherPseudonym() {
        assertThat(new Pseudonymizer(SECRET + "x").open().pseudonym("999900006")).isNotEqualTo(REFERENCE);
    }

    @Test
    void refusesToWorkWithoutASecret() {
        assertThatThrownBy(() -> new Pseudonymizer("").open()).isInstanceOf(Pseudonymizer.MissingSecretException.class);
        assertThatThrownBy(() -> new Pseudonymizer("short").open()).isInstanceOf(Pseudonymizer.MissingSecretException.class);
    }
}
