package nl.duiding.story;

/**
 * A piece of a masked text for display: plain text, or a placeholder (or a restored original) that
 * belongs to redaction {@code position}. Rendered escaped, always.
 */
public record TextPart(String text, Integer position, Redaction.State state) {

    public boolean isRedaction() {
        return position != null;
    }
}
