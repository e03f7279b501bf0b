package nl.duiding.collection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Server-signed tokens for the public story form, used instead of the session-bound CSRF token so that a
 * teller whose session expired while writing still gets the story stored (ADR 0006). A token is an HMAC
 * over the form's idempotency key and the time it was issued, valid for {@link #VALID}.
 */
@Component
class FormTokens {

    static final Duration VALID = Duration.ofHours(24);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(FormTokens.class);

    private final SecretKeySpec key;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    FormTokens(@Value("${duiding.form-token.secret:}") String secret) {
        this(secret, Clock.systemUTC());
    }

    FormTokens(String secret, Clock clock) {
        this.key = new SecretKeySpec(secretBytes(secret), "HmacSHA256");
        this.clock = clock;
    }

    String issue(String idempotencyKey) {
        long issued = clock.instant().getEpochSecond();
        return issued + "." + sign(idempotencyKey, issued);
    }

    /** True when the token was made here for this idempotency key and is not older than {@link #VALID}. */
    boolean valid(String token, String idempotencyKey) {
        if (token == null || idempotencyKey == null || token.length() > 100) {
            return false;
        }
        int dot = token.indexOf('.');
        try {
            long issued = Long.parseLong(token.substring(0, Math.max(dot, 0)));
            Instant at = Instant.ofEpochSecond(issued);
            Instant now = clock.instant();
            boolean fresh = !at.isAfter(now.plus(CLOCK_SKEW)) && !at.plus(VALID).isBefore(now);
            byte[] expected = sign(idempotencyKey, issued).getBytes(StandardCharsets.US_ASCII);
            byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
            return fresh & MessageDigest.isEqual(expected, given);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return false;
        }
    }

    private String sign(String idempotencyKey, long issued) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((idempotencyKey + "|" + issued).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always present", e);
        }
    }

    /** Without a configured secret a random one is used: tokens then do not survive a restart. */
    private static byte[] secretBytes(String secret) {
        if (secret != null && !secret.isBlank()) {
            return secret.getBytes(StandardCharsets.UTF_8);
        }
        log.warn("duiding.form-token.secret is not set; story form tokens will not survive a restart");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
