package nl.duiding.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The buckets, without Spring: each key has its own, and a story is checked per link before per address. */
class RateLimitsTest {

    final RateLimits limits = new RateLimits(new RateLimitProperties(
            new RateLimitProperties.SignIn(2, Duration.ofMinutes(1)),
            new RateLimitProperties.Story(3, 2, Duration.ofHours(1)),
            new RateLimitProperties.Receipt(3, 5, Duration.ofHours(1)), 1000));

    @Test
    void aKeyIsRefusedOnceItsBucketIsEmptyAndOtherKeysAreNot() {
        assertThat(limits.tryAcquire(Limit.SIGN_IN_PER_ADDRESS, "10.0.0.1")).isTrue();
        assertThat(limits.tryAcquire(Limit.SIGN_IN_PER_ADDRESS, "10.0.0.1")).isTrue();
        assertThat(limits.tryAcquire(Limit.SIGN_IN_PER_ADDRESS, "10.0.0.1")).isFalse();
        assertThat(limits.tryAcquire(Limit.SIGN_IN_PER_ADDRESS, "10.0.0.2")).isTrue();
        assertThat(limits.tryAcquire(Limit.STORY_PER_ADDRESS, "10.0.0.1")).as("limits are separate").isTrue();
    }

    @Test
    void aBusyLinkIsRefusedWithoutUsingTheAddressAllowance() {
        assertThat(limits.storyRefusal("10.0.0.1", "link-a")).isEmpty();
        assertThat(limits.storyRefusal("10.0.0.2", "link-a")).isEmpty();
        assertThat(limits.storyRefusal("10.0.0.3", "link-a")).contains(RateLimits.STORY_LINK_MESSAGE);
        assertThat(limits.storyRefusal("10.0.0.3", "link-b")).isEmpty();
        assertThat(limits.storyRefusal("10.0.0.3", "link-c")).isEmpty();
        assertThat(limits.storyRefusal("10.0.0.3", "link-d")).isEmpty();
        assertThat(limits.storyRefusal("10.0.0.3", "link-e")).contains(RateLimits.STORY_ADDRESS_MESSAGE);
    }

    @Test
    void receiptCodesAreLimitedPerAddressWithIpv6PerSlash64AndForEveryoneTogether() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.receiptAttemptAllowed("2001:db8:1:2::" + (i + 1))).as("attempt " + i).isTrue();
        }
        assertThat(limits.receiptAttemptAllowed("2001:db8:1:2:ffff::9")).as("same /64, new address").isFalse();
        assertThat(limits.receiptAttemptAllowed("192.0.2.1")).isTrue();
        assertThat(limits.receiptAttemptAllowed("192.0.2.2")).isTrue();
        assertThat(limits.receiptAttemptAllowed("192.0.2.3")).as("global cap of 5 reached").isFalse();
    }
}
