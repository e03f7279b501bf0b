package nl.duiding.dialogue;

/** Input the dialogue does not accept (blank text, too few interpretations...): shown on the page, nothing stored. */
class DialogueRejectedException extends RuntimeException {

    private final String messageKey;

    DialogueRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
