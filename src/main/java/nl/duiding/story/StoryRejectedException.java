package nl.duiding.story;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The submission broke a rule; nothing was stored. Maps field name to message key, in the order the fields stand on
 * the form, so an error summary can read top to bottom like the form.
 */
public class StoryRejectedException extends RuntimeException {

    private final Map<String, String> errors;

    public StoryRejectedException(Map<String, String> errors) {
        super("Story rejected: " + errors);
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
