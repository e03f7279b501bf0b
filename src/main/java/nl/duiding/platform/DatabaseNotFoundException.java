package nl.duiding.platform;

import java.util.List;

/** Start-up found no PostgreSQL it could use; carries what was tried, in order. */
public class DatabaseNotFoundException extends RuntimeException {

    private final List<String> tried;

    public DatabaseNotFoundException(List<String> tried) {
        super("No PostgreSQL database could be found: " + String.join("; ", tried));
        this.tried = List.copyOf(tried);
    }

    public List<String> tried() {
        return tried;
    }
}
