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
        return Bsn.maskNineDigits(messages.getMessage("production.reason." + key, masked(args), DUTCH));
    }

    /** A warning about an import as a whole, stored with it like the reasons. */
    String warning(String key, Object... args) {
        return Bsn.maskNineDigits(messages.getMessage("production.warning." + key, masked(args), DUTCH));
    }

    /**
     * The arguments are what may echo a BSN (a value from the file, a schema validator's message quoting it), so
     * they are masked whole; our own message text around them is not, or the quotes in it would be taken for values.
     */
    private static Object[] masked(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String text) {
                // a validator's message quotes the refused value whatever its length: mask every quoted number
                // in it; any other argument (a file name, one of our own reasons) only loses nine-digit runs
                boolean validator = text.startsWith("cvc-") || text.contains("alue '");
                out[i] = validator ? Bsn.mask(text) : Bsn.maskNineDigits(text);
            }
        }
        return out;
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
