package nl.duiding.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds personal data in a text and masks it. Pure and thread-safe: build one with the names that are
 * never personal data (providers, districts, opgaven) and call {@link #find} or {@link #mask} freely.
 */
public final class Scrubber {

    private static final Pattern BSN = Pattern.compile("(?<![\\d.])\\d(?:[.\\s-]?\\d){8}(?![\\d])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:\\+31|0031|0)[\\s-]?(?:\\(0\\)[\\s-]?)?[1-9](?:[\\s-]?\\d){8}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+");
    private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?:\\s?[A-Z0-9]{4}){2,7}(?:\\s?[A-Z0-9]{1,3})?\\b");
    private static final Pattern POSTCODE = Pattern.compile("\\b[1-9]\\d{3}\\s?(?!SA|SD|SS)[A-Z]{2}\\b");
    private static final Pattern STREET = Pattern.compile(
            "\\b\\p{L}[\\p{L}-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|park|steeg|pad|dreef|markt|erf|ring|baan|veld)"
                    + "\\s+\\d{1,5}\\s?[a-zA-Z]?(?:[\\s-]?(?:hoog|bis|\\d{1,3}))?\\b");

    private final List<Detector> detectors;

    public Scrubber(Set<String> neverNames) {
        this.detectors = List.of(
                new PatternDetector(PersonalDataKind.EMAIL, EMAIL, Checks::email),
                new PatternDetector(PersonalDataKind.IBAN, IBAN, Checks::iban),
                new PatternDetector(PersonalDataKind.PHONE, PHONE, Checks::always),
                new PatternDetector(PersonalDataKind.BSN, BSN, Checks::elfProef),
                new PatternDetector(PersonalDataKind.ADDRESS, STREET, Checks::always),
                new PatternDetector(PersonalDataKind.POSTCODE, POSTCODE, Checks::always),
                new NameDetector(neverNames));
    }

    /** Everything found, in text order, without overlaps (an earlier detector wins, then the longer match). */
    public List<Finding> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Finding> accepted = new ArrayList<>();
        for (Detector detector : detectors) {
            for (Finding f : detector.find(text)) {
                if (accepted.stream().noneMatch(f::overlaps)) {
                    accepted.add(f);
                }
            }
        }
        accepted.sort(Comparator.comparingInt(Finding::start));
        return List.copyOf(accepted);
    }

    /** The text with each of the given findings replaced by its placeholder. */
    public static String mask(String text, List<Finding> findings) {
        StringBuilder out = new StringBuilder(text.length());
        int cursor = 0;
        for (Finding f : findings.stream().sorted(Comparator.comparingInt(Finding::start)).toList()) {
            out.append(text, cursor, f.start()).append(f.kind().placeholder());
            cursor = f.end();
        }
        return out.append(text.substring(cursor)).toString();
    }
}
