package nl.duiding.story;

import java.util.Set;

/** One signification answer, keyed by the question's code. */
public sealed interface Answer {

    String questionCode();

    /** Three shares for the triad's corners, in the framework's corner order. */
    record Triad(String questionCode, double a, double b, double c) implements Answer {
    }

    /** A slider position in [0,1], 0 being the first pole. */
    record Dyad(String questionCode, double value) implements Answer {
    }

    /** The chosen option codes. */
    record Choice(String questionCode, Set<String> options) implements Answer {
        public Choice {
            options = Set.copyOf(options);
        }
    }
}
