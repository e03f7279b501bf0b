package nl.duiding.framework;

/** The kinds of signification question a framework can hold. */
public enum QuestionKind {
    /** Three labelled corners; the answer is three shares summing to 1. */
    TRIAD,
    /** A slider between two labelled poles; the answer is a value in [0,1]. */
    DYAD,
    /** Any number of the listed options. */
    MULTIPLE_CHOICE
}
