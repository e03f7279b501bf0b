package nl.duiding.opgave;

/** Two providers cannot share one AGB code. */
public class DuplicateAgbCodeException extends RuntimeException {

    public DuplicateAgbCodeException(String agbCode) {
        super("AGB code already in use: " + agbCode);
    }
}
