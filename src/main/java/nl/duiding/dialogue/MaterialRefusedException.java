package nl.duiding.dialogue;

/** Material that cannot be pinned: {@code forbidden} when the actor may not see it (IDOR), else not valid. */
class MaterialRefusedException extends RuntimeException {

    private final String messageKey;
    private final boolean forbidden;

    MaterialRefusedException(String messageKey, boolean forbidden) {
        super(messageKey);
        this.messageKey = messageKey;
        this.forbidden = forbidden;
    }

    static MaterialRefusedException forbidden() {
        return new MaterialRefusedException("dialogue.material.forbidden", true);
    }

    static MaterialRefusedException invalid(String messageKey) {
        return new MaterialRefusedException(messageKey, false);
    }

    String messageKey() {
        return messageKey;
    }

    boolean isForbidden() {
        return forbidden;
    }
}
