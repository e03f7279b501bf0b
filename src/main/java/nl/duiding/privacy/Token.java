package nl.duiding.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word of a text at [start, end), with what the name rules ask of it. */
record Token(String text, String lower, int start, int end, boolean capitalised, boolean sentenceStart) {

    /**
     * A run of letters, not one that starts right after a digit: the letters inside a code or hexadecimal token
     * ("a14ada1b") are no words, so no first name is found in them. A word followed by digits ("fatima123") still is.
     */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}'’-])(?:[\\p{L}][\\p{L}'’-]*\\p{L}|\\p{L})");

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            tokens.add(new Token(w, w.toLowerCase(Locale.ROOT), m.start(), m.end(), Character.isUpperCase(w.charAt(0)),
                    sentenceStart(text, m.start())));
        }
        return tokens;
    }

    /** Whether only spaces lie between this token and the next, so they can form one name. */
    boolean adjacent(Token next, String text) {
        return text.substring(end, next.start).isBlank();
    }

    /** A capital that says "name": not the first word of a sentence. */
    boolean capitalMidSentence() {
        return capitalised && !sentenceStart;
    }

    private static boolean sentenceStart(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '"' && c != '\'' && c != '(' && c != '“' && c != '‘') {
                return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n';
            }
        }
        return true;
    }
}
