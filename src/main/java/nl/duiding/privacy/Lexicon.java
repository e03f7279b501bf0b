package nl.duiding.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The name dictionaries (privacy/SOURCES.md): lower-case first names and family-name cores, each split into
 * those that are no ordinary Dutch word (masked anywhere, in any case) and those that are ("roos", "bakker";
 * masked only with context). Read once; the lists never change while the application runs.
 */
final class Lexicon {

    static final Lexicon DUTCH = new Lexicon();

    final Set<String> firstNames = load("/privacy/voornamen.txt");
    final Set<String> firstNameWords = load("/privacy/voornamen-ook-woord.txt");
    final Set<String> surnames = load("/privacy/achternamen.txt");
    final Set<String> surnameWords = load("/privacy/achternamen-ook-woord.txt");
    final Set<String> neverNames = load("/privacy/nooit-naam.txt");
    /** "de vries", "van den berg": frequent family names with tussenvoegsels that are no ordinary phrase. */
    final Set<String> compoundSurnames = lines("/privacy/achternamen-samengesteld.txt");

    private Lexicon() {
    }

    /** A name whatever its case and place: "fatima", "jansen". */
    boolean unambiguous(String lower) {
        return firstNames.contains(lower) || surnames.contains(lower);
    }

    /** A name or an ordinary word: needs a cue, a capital mid-sentence, or a neighbouring name. */
    boolean ambiguous(String lower) {
        return firstNameWords.contains(lower) || surnameWords.contains(lower);
    }

    boolean anyName(String lower) {
        return unambiguous(lower) || ambiguous(lower);
    }

    boolean surname(String lower) {
        return surnames.contains(lower) || surnameWords.contains(lower);
    }

    boolean firstName(String lower) {
        return firstNames.contains(lower) || firstNameWords.contains(lower);
    }

    static Set<String> load(String resource) {
        return parse(read(resource));
    }

    private static Set<String> lines(String resource) {
        return Set.copyOf(read(resource).lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.strip().toLowerCase(Locale.ROOT)).toList());
    }

    private static String read(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> parse(String text) {
        Set<String> words = new HashSet<>();
        text.lines().filter(l -> !l.startsWith("#")).forEach(l -> {
            for (String w : l.trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        });
        return Set.copyOf(words);
    }
}
