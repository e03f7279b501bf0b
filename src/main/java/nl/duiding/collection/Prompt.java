package nl.duiding.collection;

import java.util.Locale;

/** An eliciting prompt of a collection: a question that invites a story, for clients or for professionals. */
public record Prompt(boolean professional, String nl, String en) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : nl;
    }
}
