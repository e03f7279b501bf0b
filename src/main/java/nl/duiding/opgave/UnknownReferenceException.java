package nl.duiding.opgave;

/** An opgave, provider or district id that does not exist. */
public class UnknownReferenceException extends RuntimeException {

    public UnknownReferenceException(String kind, Object id) {
        super("Unknown " + kind + ": " + id);
    }
}
