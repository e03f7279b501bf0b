package nl.duiding.ratelimit;

/** What a client does that is limited, each with its own buckets and its own numbers. */
public enum Limit {
    /** POST /login, per client address. */
    SIGN_IN_PER_ADDRESS,
    /** POST /vertel/{token}, per client address. */
    STORY_PER_ADDRESS,
    /** POST /vertel/{token}, per link, whoever sends. */
    STORY_PER_LINK
}
