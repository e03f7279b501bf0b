package nl.duiding.report;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The cell-key method's record keys (ADR 0017): every story gets a fixed pseudo-random key in [0, 1), an HMAC of
 * its id under {@code duiding.disclosure.record-key-secret}. A cell's key is the sum of its records' keys modulo 1,
 * so the same set of stories always gets the same key, and so the same perturbation, in whatever report or period
 * it appears. Without the secret nobody can work out a cell's noise.
 */
@Component
class RecordKeys {

    private static final Logger log = LoggerFactory.getLogger(RecordKeys.class);
    private final SecretKeySpec key;

    RecordKeys(@Value("${duiding.disclosure.record-key-secret:}") String secret) {
        byte[] raw;
        if (secret == null || secret.isBlank()) {
            raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            log.warn("duiding.disclosure.record-key-secret is not set; a random key is used until the next restart, "
                    + "so drafts may show other perturbed figures after a restart (published reports are frozen)");
        } else {
            raw = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(raw, "HmacSHA256");
    }

    /** The record key of one story, in [0, 1). */
    double of(UUID storyId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] h = mac.doFinal(storyId.toString().getBytes(StandardCharsets.US_ASCII));
            return (ByteBuffer.wrap(h).getLong() >>> 11) / (double) (1L << 53);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
