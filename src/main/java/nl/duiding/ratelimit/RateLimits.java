package nl.duiding.ratelimit;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * The module's API: may this client do this now? Buckets (Bucket4j) live in memory, one bounded
 * Caffeine cache per limit; a bucket not used for a whole period is full again anyway, so it is
 * dropped then. Limits count per application instance; behind a load balancer with several
 * instances each counts on its own.
 */
@Service
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimits {

    /** Message keys in messages/security.properties for a refused story. */
    public static final String STORY_ADDRESS_MESSAGE = "ratelimit.story.address";
    public static final String STORY_LINK_MESSAGE = "ratelimit.story.link";

    private final RateLimitProperties properties;
    private final Map<Limit, Cache<String, Bucket>> buckets = new EnumMap<>(Limit.class);

    RateLimits(RateLimitProperties properties) {
        this.properties = properties;
        for (Limit limit : Limit.values()) {
            buckets.put(limit, Caffeine.newBuilder().maximumSize(properties.maxTrackedKeys())
                    .expireAfterAccess(properties.period(limit)).build());
        }
    }

    /** Takes one request from the key's bucket; false when the bucket is empty. */
    public boolean tryAcquire(Limit limit, String key) {
        String bucketKey = limit.perAddress() ? ClientKey.of(key) : key;
        return buckets.get(limit).get(bucketKey, k -> newBucket(limit)).tryConsume(1);
    }

    /**
     * Whether this address may try a receipt code now. The address's own bucket is checked first, so one
     * guesser cannot use up the shared allowance of everybody else.
     */
    public boolean receiptAttemptAllowed(String address) {
        return tryAcquire(Limit.RECEIPT_PER_ADDRESS, address) && tryAcquire(Limit.RECEIPT_GLOBAL, "all");
    }

    /**
     * Whether a story from this address through this link may be stored now; when not, the message
     * key that tells the teller why. The link is checked first, so a busy link does not use up the
     * address's allowance.
     */
    public Optional<String> storyRefusal(String address, String linkToken) {
        if (!tryAcquire(Limit.STORY_PER_LINK, linkToken)) {
            return Optional.of(STORY_LINK_MESSAGE);
        }
        if (!tryAcquire(Limit.STORY_PER_ADDRESS, address)) {
            return Optional.of(STORY_ADDRESS_MESSAGE);
        }
        return Optional.empty();
    }

    private Bucket newBucket(Limit limit) {
        long capacity = properties.capacity(limit);
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity)
                .refillGreedy(capacity, properties.period(limit)).build()).build();
    }
}
