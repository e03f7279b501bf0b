package nl.duiding.platform;

import java.util.List;

/** A production start lacks settings it cannot run safely without; carries what is missing. */
public class ProductionSettingsMissingException extends RuntimeException {

    private final List<String> missing;

    public ProductionSettingsMissingException(List<String> missing) {
        super("Production start-up is missing: " + String.join("; ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
