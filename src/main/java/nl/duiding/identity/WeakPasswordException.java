package nl.duiding.identity;

import java.util.List;

/** A password that breaks the password rules; carries a message key per broken rule. */
public class WeakPasswordException extends RuntimeException {

    private final List<String> messageKeys;

    WeakPasswordException(List<String> messageKeys) {
        super("password breaks " + messageKeys);
        this.messageKeys = List.copyOf(messageKeys);
    }

    /** Keys in messages/security.properties, one per broken rule. */
    public List<String> messageKeys() {
        return messageKeys;
    }
}
