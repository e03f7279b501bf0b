package nl.duiding.story;

import java.util.Map;

/** The submission broke a rule; nothing was stored. Maps field name to message key. */
public class StoryRejectedException extends RuntimeException {

    private final Map<String, String> errors;

    public StoryRejectedException(Map<String, String> errors) {
        super("Story rejected: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
