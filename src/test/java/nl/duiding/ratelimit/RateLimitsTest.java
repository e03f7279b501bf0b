package nl.duiding.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The buckets, without Spring: each key has its own, and a story is checked per link before per address. */
class RateLimitsTest {

    final RateLimits limits = new RateLimits(new RateLimitProperties(
            new RateLimitProperties.SignIn(2, Duration.ofMinutes(1)),
            new RateLimitProperties.Story(3, 2, Duration.ofHours(1)), 1000));

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
}
