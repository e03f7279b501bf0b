package nl.duiding.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streets that are on no list but look like one: a word ending in a street word ("kerkstraat", "marktplein") with a
 * house number, in any case. The words before it belong to the name only when they can be part of a street's name:
 * a capitalised word ("Johan de Wittstraat"), a first name or a title in any case ("johan de wittstraat",
 * "burgemeester de raadtsingel"), and a tussenvoegsel between those. Ordinary words before a street ("we wonen in de
 * kerkstraat 5") stay, so the sentence survives masking.
 */
final class SuffixedStreetDetector implements Detector {

    private static final Pattern STREET = Pattern.compile(
            "\\b(?!onderweg|halfweg|zijweg)\\p{L}[\\p{L}-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|park|steeg"
                    + "|pad|dreef|markt|erf|ring|baan|veld|haven|boulevard)"
                    + "(?:\\s+(?:noord|oost|zuid|west))?" + StreetDetector.HOUSE_NUMBER + "(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** One word right before a position, with the space after it. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\p{L}.'-])([\\p{L}][\\p{L}.'-]*)\\s+$");
    private static final Set<String> TUSSENVOEGSELS = Set.of("van", "de", "der", "den", "ter", "ten");
    private static final Set<String> TITLES = Set.of("burgemeester", "koningin", "koning", "prins", "prinses", "graaf",
            "gravin", "dokter", "pastoor", "kapitein", "generaal", "admiraal", "professor", "president", "sint", "sint-");
    /** Most words before a street that can be part of its name ("Burgemeester Jan van der Hoevenstraat"). */
    private static final int MAX_PREFIX_WORDS = 5;

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher m = STREET.matcher(text);
        while (m.find()) {
            found.add(new Finding(PersonalDataKind.ADDRESS, nameStart(text, m.start()), m.end()));
        }
        return found;
    }

    /** Where the street's name starts: back over the words that can be part of it, never starting on a tussenvoegsel. */
    private static int nameStart(String text, int streetWord) {
        int start = streetWord;
        int kept = streetWord;
        for (int words = 0; words < MAX_PREFIX_WORDS; words++) {
            Matcher before = WORD_BEFORE.matcher(text).region(Math.max(0, start - 60), start).useTransparentBounds(true);
            if (!before.find() || before.end() != start) {
                break;
            }
            String word = before.group(1);
            String lower = word.toLowerCase(Locale.ROOT);
            if (TUSSENVOEGSELS.contains(lower)) {
                start = before.start(1); // kept only if a name word comes before it
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0)) && !TITLES.contains(lower) && !Lexicon.DUTCH.firstNames.contains(lower)) {
                break;
            }
            start = before.start(1);
            kept = start;
        }
        return kept;
    }
}
