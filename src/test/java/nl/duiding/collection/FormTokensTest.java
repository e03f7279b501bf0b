package nl.duiding.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The story form's signed token, without Spring. */
class FormTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String KEY = "6f1c1f0e-1d2b-4c3a-9e8f-0a1b2c3d4e5f";

    @Test
    void aTokenIsValidForItsOwnFormForADay() {
        String token = at(NOW).issue(KEY);
        assertThat(at(NOW.plus(Duration.ofHours(2))).valid(token, KEY)).isTrue();
        assertThat(at(NOW.plus(Duration.ofHours(23))).valid(token, KEY)).isTrue();
        assertThat(at(NOW.plus(Duration.ofHours(25))).valid(token, KEY)).isFalse();
    }

    @Test
    void aTokenForAnotherFormOrFromAnotherSecretIsRefused() {
        String token = at(NOW).issue(KEY);
        assertThat(at(NOW).valid(token, "00000000-0000-0000-0000-000000000000")).isFalse();
        assertThat(new FormTokens("een ander geheim", Clock.fixed(NOW, ZoneOffset.UTC)).valid(token, KEY)).isFalse();
    }

    @Test
    void malformedTokensAreRefusedWithoutAnException() {
        FormTokens tokens = at(NOW);
        for (String bad : new String[] {null, "", ".", "abc", "1.", "x.y", "99999999999999999999.a", "1.".repeat(80)}) {
            assertThat(tokens.valid(bad, KEY)).as(String.valueOf(bad)).isFalse();
        }
        assertThat(tokens.valid(tokens.issue(KEY), null)).isFalse();
    }

    @Test
    void aTokenFromTheFutureIsRefused() {
        String token = at(NOW.plus(Duration.ofHours(1))).issue(KEY);
        assertThat(at(NOW).valid(token, KEY)).isFalse();
    }

    private static FormTokens at(Instant instant) {
        return new FormTokens("geheim-voor-de-test", Clock.fixed(instant, ZoneOffset.UTC));
    }
}
