package nl.duiding.production;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Rejection reasons in Dutch, from the message bundle, collected per line. Every text passes the BSN mask,
 * because a value quoted back to the user may be a BSN typed in the wrong column.
 */
@Component
class Reasons {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final MessageSource messages;

    Reasons(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return Bsn.mask(messages.getMessage("production.reason." + key, args, DUTCH));
    }

    /** A warning about an import as a whole, stored with it like the reasons. */
    String warning(String key, Object... args) {
        return Bsn.mask(messages.getMessage("production.warning." + key, args, DUTCH));
    }

    String field(String name) {
        return messages.getMessage("production.field." + name, null, DUTCH);
    }

    Collector collector() {
        return new Collector();
    }

    /** The reasons of one line. */
    final class Collector {
        private final List<String> found = new ArrayList<>(2);

        void add(String key, Object... args) {
            found.add(text(key, args));
        }

        void missing(String fieldName) {
            add("missing", field(fieldName));
        }

        boolean isEmpty() {
            return found.isEmpty();
        }

        String joined() {
            return found.isEmpty() ? null : String.join(" ", found);
        }
    }
}
