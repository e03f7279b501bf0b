package nl.duiding.privacy;

/** Personal data found at [start, end) of the original text. */
public record Finding(PersonalDataKind kind, int start, int end) {

    boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }
}
