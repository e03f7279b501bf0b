package nl.duiding.production;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Replaces a BSN by HMAC-SHA-256(secret, bsn). Keyed, so nobody without the secret can find a BSN back by
 * hashing all billion candidates; deterministic, so the same person is one client across imports and providers.
 */
@Component
class Pseudonymizer {

    static final int MIN_SECRET_LENGTH = 16;

    private final String secret;

    Pseudonymizer(@Value("${duiding.pseudonym.secret:}") String secret) {
        this.secret = secret;
    }

    /** A fresh MAC per import: a Mac is not thread-safe, and the import is single-threaded. */
    Session open() {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new MissingSecretException();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return new Session(mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    static final class Session {
        /**
         * A file names the same client on many lines (every month, every product), so the last pseudonyms are kept,
         * keyed by the number: bounded (about 10 MB), in memory only, gone with the import.
         */
        static final int REMEMBERED = 1 << 16;

        private final Mac mac;
        private final HexFormat hex = HexFormat.of();
        private final Map<Long, String> remembered = new HashMap<>(REMEMBERED * 2);

        private Session(Mac mac) {
            this.mac = mac;
        }

        /** The pseudonym of a valid BSN (nine digits). */
        String pseudonym(String bsn) {
            Long number = Long.valueOf(bsn);
            String pseudonym = remembered.get(number);
            if (pseudonym == null) {
                pseudonym = hex.formatHex(mac.doFinal(bsn.getBytes(StandardCharsets.US_ASCII)));
                if (remembered.size() == REMEMBERED) {
                    remembered.clear();
                }
                remembered.put(number, pseudonym);
            }
            return pseudonym;
        }
    }

    /** Thrown when no secret is configured: importing then would either fail later or store guessable hashes. */
    static final class MissingSecretException extends IllegalStateException {
        MissingSecretException() {
            super("duiding.pseudonym.secret (DUIDING_PSEUDONYM_SECRET) must be set, at least " + MIN_SECRET_LENGTH
                    + " characters, before production data can be imported");
        }
    }
}
