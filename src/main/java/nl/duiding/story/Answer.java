package nl.duiding.story;

import java.util.Map;
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

    /** The chosen option codes (one at most for a single-choice question). */
    record Choice(String questionCode, Set<String> options) implements Answer {
        public Choice {
            options = Set.copyOf(options);
        }
    }

    /** Where each item was placed on a stones canvas: item code to position, x and y in [0,1]. */
    record Stones(String questionCode, Map<String, Position> placed) implements Answer {
        public Stones {
            placed = Map.copyOf(placed);
        }
    }

    /** One stone's place; 0 is the start of an axis (left, bottom). */
    record Position(double x, double y) {
    }

    /** A point on a 5- or 7-point scale, 1 being the first end. */
    record Scale(String questionCode, int value) implements Answer {
    }

    /** A number. */
    record Number(String questionCode, double value) implements Answer {
    }

    /** A short written answer. */
    record Text(String questionCode, String text) implements Answer {
    }

    /** The "other, namely…" write-in that goes with a choice question. */
    record Other(String questionCode, String text) implements Answer {
    }

    /** The teller said the question does not apply to this story. */
    record NotApplicable(String questionCode) implements Answer {
    }
}
