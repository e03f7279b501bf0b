package nl.duiding.framework;

/** The kinds of signification question a framework can hold. */
public enum QuestionKind {
    /** Three labelled corners; the answer is three shares summing to 1. */
    TRIAD(3, 3),
    /** A slider between two labelled poles; the answer is a value in [0,1]. */
    DYAD(2, 2),
    /** A 2-D canvas with two labelled axes on which the teller places each listed item; x and y in [0,1]. */
    STONES(1, 12),
    /** Exactly one of the listed options. */
    SINGLE_CHOICE(2, 30),
    /** Any number of the listed options. */
    MULTIPLE_CHOICE(2, 30),
    /** A 5- or 7-point scale; the options, when given, are the labels of its two ends. */
    SCALE(0, 2),
    /** A short written answer. */
    TEXT(0, 0),
    /** A number. */
    NUMBER(0, 0);

    private final int minOptions;
    private final int maxOptions;

    QuestionKind(int minOptions, int maxOptions) {
        this.minOptions = minOptions;
        this.maxOptions = maxOptions;
    }

    /** Whether a question of this kind may have this many options (corners, poles, items, answers). */
    public boolean fits(int options) {
        return options >= minOptions && options <= maxOptions && (this != SCALE || options != 1);
    }

    /** Choice questions answer with option codes. */
    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
