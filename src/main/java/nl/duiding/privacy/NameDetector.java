package nl.duiding.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names tellers type, found three ways: a known first name (with a following surname and its
 * "van der"-style particles), a capitalised word after a cue ("mijn zoon", "heet", "mevrouw", "juf"), and
 * two or more capitalised words in the middle of a sentence. Words on the allow-list (provider, district
 * and place names, days, months, laws) are never names. Errs on the side of hiding; a policy officer can
 * undo a redaction.
 */
final class NameDetector implements Detector {

    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\p{L}|\\p{Lu}");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+([\\p{L}'’-]+)");
    private static final Pattern NEXT_CAPITALISED = Pattern.compile("^\\s+(?:(?:van|de|der|den|el|al)\\s+)*(\\p{Lu}[\\p{L}'’-]+)");
    private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}.]+)[\\s,:]*$");
    private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "ter", "ten", "te", "el", "al", "da", "le", "la");
    private static final Set<String> CUES = Set.of("heet", "heette", "genaamd", "meneer", "mevrouw", "mevr", "mw", "dhr",
            "juf", "juffrouw", "meester", "dokter", "zoon", "dochter", "man", "vrouw", "moeder", "vader", "broer", "zus",
            "oma", "opa", "buurman", "buurvrouw", "vriend", "vriendin", "begeleider", "begeleidster", "hulpverlener",
            "consulent", "collega", "kleinzoon", "kleindochter", "partner", "tante", "oom", "neef", "nicht");
    private static final Set<String> ABBREVIATED_CUES = Set.of("mevr", "mw", "dhr", "mr", "dr");
    private static final Set<String> ALWAYS_ALLOWED = Set.of("Ik", "Mijn", "We", "Wij", "Het", "De", "Een", "Maar", "En",
            "Toen", "Daarna", "Nu", "Na", "Bij", "Via", "Sinds", "Als", "Door", "Er", "Zonder", "Wat", "Ook", "Soms",
            "Uiteindelijk", "Eerlijk", "Eindelijk", "Samen", "Iedereen", "Familie", "Wmo", "Wlz", "Jeugdwet", "Veilig",
            "Thuis", "Nederland", "Dordrecht", "Rotterdam", "Amsterdam", "Utrecht", "Den", "Haag", "GGD", "CJG", "UWV",
            "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag", "Januari", "Februari", "Maart",
            "April", "Mei", "Juni", "Juli", "Augustus", "September", "Oktober", "November", "December", "Kerst", "Pasen",
            "God", "Corona", "Covid", "Nederlands", "Engels", "Turks", "Arabisch");

    /** Read once: a scrubber is built per submission, the name list never changes. */
    private static final Set<String> FIRST_NAMES = loadFirstNames();

    private final Set<String> allowed;

    NameDetector(Set<String> extraAllowed) {
        this.allowed = new HashSet<>(ALWAYS_ALLOWED);
        extraAllowed.forEach(term -> allowed.addAll(Arrays.asList(term.split("[\\s()]+"))));
        allowed.removeIf(String::isBlank);
    }

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int skipUntil = -1;
        while (m.find()) {
            if (m.start() < skipUntil || allowed.contains(m.group())) {
                continue;
            }
            boolean known = FIRST_NAMES.contains(m.group());
            boolean cued = cuedBy(previousWord(text, m.start()));
            boolean pair = !sentenceStart(text, m.start()) && nextIsCapitalised(text, m.end());
            if (known || cued || pair) {
                int end = extendSurname(text, m.end());
                found.add(new Finding(PersonalDataKind.NAME, m.start(), end));
                skipUntil = end;
            }
        }
        return found;
    }

    /** Swallows following capitalised words and the particles between them ("Jan van der Berg"). */
    private int extendSurname(String text, int end) {
        int cursor = end;
        int lastName = end;
        while (true) {
            Matcher next = NEXT_WORD.matcher(text.substring(cursor));
            if (!next.find()) {
                return lastName;
            }
            String word = next.group(1);
            if (PARTICLES.contains(word)) {
                cursor += next.end();
            } else if (Character.isUpperCase(word.charAt(0)) && !allowed.contains(word)) {
                cursor += next.end();
                lastName = cursor;
            } else {
                return lastName;
            }
        }
    }

    private boolean nextIsCapitalised(String text, int end) {
        Matcher next = NEXT_CAPITALISED.matcher(text.substring(end));
        return next.find() && !allowed.contains(next.group(1));
    }

    /** A cue counts only within the sentence: "zoon. Opa" is two sentences, "mevr. Jansen" is one. */
    private static boolean cuedBy(String previous) {
        if (previous == null) {
            return false;
        }
        String word = previous.toLowerCase(Locale.ROOT);
        if (word.endsWith(".") && !ABBREVIATED_CUES.contains(word.substring(0, word.length() - 1))) {
            return false;
        }
        return CUES.contains(word.replace(".", ""));
    }

    private static String previousWord(String text, int start) {
        Matcher m = PREVIOUS_WORD.matcher(text.substring(Math.max(0, start - 40), start));
        return m.find() ? m.group(1) : null;
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

    private static Set<String> loadFirstNames() {
        try (InputStream in = NameDetector.class.getResourceAsStream("/privacy/voornamen.txt")) {
            if (in == null) {
                throw new IllegalStateException("privacy/voornamen.txt is missing from the classpath");
            }
            Set<String> names = new HashSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .forEach(l -> names.addAll(Arrays.asList(l.trim().split("\\s+"))));
            names.remove("");
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
