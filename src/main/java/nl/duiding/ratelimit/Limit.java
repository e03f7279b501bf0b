package nl.duiding.ratelimit;

/** What a client does that is limited, each with its own buckets and its own numbers. */
public enum Limit {
    /** POST /login, per client address. */
    SIGN_IN_PER_ADDRESS,
    /** POST /vertel/{token}, per client address. */
    STORY_PER_ADDRESS,
    /** POST /vertel/{token}, per link, whoever sends. */
    STORY_PER_LINK,
    /** POST /vertel/intrekken (guessing receipt codes), per client address. */
    RECEIPT_PER_ADDRESS,
    /** POST /vertel/intrekken, all clients together: a botnet guesses no faster than this. */
    RECEIPT_GLOBAL;

    /** Limits keyed by a client address, which for IPv6 is its /64 network (one subscriber's prefix). */
    boolean perAddress() {
        return this == SIGN_IN_PER_ADDRESS || this == STORY_PER_ADDRESS || this == RECEIPT_PER_ADDRESS;
    }
}
