package nl.duiding.framework;

import java.util.Locale;

/** A text in Dutch (always) and English. */
public record LocalizedText(String nl, String en) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : nl;
    }
}
