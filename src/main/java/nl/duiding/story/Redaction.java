package nl.duiding.story;

import nl.duiding.privacy.PersonalDataKind;

/**
 * One piece of personal data masked in a story's title or body, located in the original text.
 * {@code state} says whether a policy officer confirmed or undid it.
 */
public record Redaction(Field field, int position, PersonalDataKind kind, int start, int end, State state) {

    public enum Field { TITLE, BODY }

    public enum State { AUTO, CONFIRMED, UNDONE }

    boolean applied() {
        return state != State.UNDONE;
    }
}
