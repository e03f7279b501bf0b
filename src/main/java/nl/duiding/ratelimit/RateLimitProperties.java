package nl.duiding.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits, {@code duiding.rate-limit.*}. Each allows {@code n} requests per period and refills
 * gradually, so a teller who waits a little may send again.
 *
 * @param maxTrackedKeys how many addresses or links are remembered per limit; the least recently
 *                       seen are forgotten first, so memory stays bounded under a flood
 */
@ConfigurationProperties("duiding.rate-limit")
record RateLimitProperties(@DefaultValue SignIn login, @DefaultValue Story story, @DefaultValue Receipt receipt,
                           @DefaultValue("100000") long maxTrackedKeys) {

    /** Withdrawal attempts: a teller mistyping her code a few times is fine, guessing is not. */
    record Receipt(@DefaultValue("10") long perAddress, @DefaultValue("600") long global,
                   @DefaultValue("1h") Duration period) {
    }

    record SignIn(@DefaultValue("10") long perAddress, @DefaultValue("1m") Duration period) {
    }

    record Story(@DefaultValue("20") long perAddress, @DefaultValue("600") long perLink,
                 @DefaultValue("1h") Duration period) {
    }

    long capacity(Limit limit) {
        return switch (limit) {
            case SIGN_IN_PER_ADDRESS -> login.perAddress();
            case STORY_PER_ADDRESS -> story.perAddress();
            case STORY_PER_LINK -> story.perLink();
            case RECEIPT_PER_ADDRESS -> receipt.perAddress();
            case RECEIPT_GLOBAL -> receipt.global();
        };
    }

    Duration period(Limit limit) {
        return switch (limit) {
            case SIGN_IN_PER_ADDRESS -> login.period();
            case STORY_PER_ADDRESS, STORY_PER_LINK -> story.period();
            case RECEIPT_PER_ADDRESS, RECEIPT_GLOBAL -> receipt.period();
        };
    }
}
