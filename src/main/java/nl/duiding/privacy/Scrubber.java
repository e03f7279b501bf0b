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

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern BSN = Pattern.compile("(?<![\\d.])\\d(?:[.\\s-]?\\d){8}(?![\\d])");
    /** A BSN written without its leading zero, only where the text says it is one. */
    private static final Pattern SHORT_BSN = Pattern.compile("(?<=(?:bsn|burgerservicenummer|sofinummer)\\W{0,20})(?<![\\d.])\\d{8}(?!\\d)", CI);
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:\\+31|0031|0)[\\s-]?(?:\\(0\\)[\\s-]?)?[1-9](?:[\\s-]?\\d){8}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+");
    private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?:\\s?[A-Z0-9]{4}){2,7}(?:\\s?[A-Z0-9]{1,3})?\\b", CI);
    private static final Pattern POSTCODE = Pattern.compile("\\b[1-9]\\d{3}\\s?(?!SA|SD|SS)[A-Z]{2}\\b", CI);
    private static final String MONTHS = "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
            + "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?";
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d-])(?:0?[1-9]|[12]\\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\\d{2}(?!\\d)");
    private static final Pattern WRITTEN_BIRTH_DATE = Pattern.compile(
            "(?<=(?:geboren|geb\\.?|geboor\\p{L}{0,9}|verjaardag|jarig)\\W{1,4}(?:op\\s|is\\s|in\\s)?\\s{0,2}(?:de\\s)?)"
                    + "(?:0?[1-9]|[12]\\d|3[01])\\s+" + MONTHS + "(?:\\s+(?:19|20)\\d{2})?(?![\\p{L}\\d])", CI);
    private static final Pattern PLATE = Pattern.compile("(?<![\\p{L}\\d-])(?:"
            + "[a-z]{2}-\\d{2}-\\d{2}|\\d{2}-\\d{2}-[a-z]{2}|\\d{2}-[a-z]{2}-\\d{2}|[a-z]{2}-\\d{2}-[a-z]{2}|[a-z]{2}-[a-z]{2}-\\d{2}"
            + "|\\d{2}-[a-z]{2}-[a-z]{2}|\\d{2}-[a-z]{3}-\\d|\\d-[a-z]{3}-\\d{2}|[a-z]{2}-\\d{3}-[a-z]|[a-z]-\\d{3}-[a-z]{2}"
            + "|[a-z]{3}-\\d{2}-[a-z]|[a-z]-\\d{2}-[a-z]{3}|\\d-[a-z]{2}-\\d{3}|\\d{3}-[a-z]{2}-\\d)(?![\\p{L}\\d-])", CI);

    private final List<Detector> detectors;
    private final NameDetector names;

    public Scrubber(Set<String> neverNames) {
        this(neverNames, StreetList.bundled(), InstitutionList.bundled());
    }

    public Scrubber(Set<String> neverNames, StreetList streets, InstitutionList institutions) {
        this.names = new NameDetector(neverNames);
        this.detectors = List.of(
                new PatternDetector(PersonalDataKind.EMAIL, EMAIL, Checks::email),
                new PatternDetector(PersonalDataKind.IBAN, IBAN, Checks::iban),
                new PatternDetector(PersonalDataKind.PHONE, PHONE, Checks::always),
                new PatternDetector(PersonalDataKind.BSN, BSN, Checks::elfProef),
                new PatternDetector(PersonalDataKind.BSN, SHORT_BSN, raw -> Checks.elfProef("0" + raw)),
                new PatternDetector(PersonalDataKind.BIRTH_DATE, NUMERIC_DATE, Checks::always),
                new PatternDetector(PersonalDataKind.BIRTH_DATE, WRITTEN_BIRTH_DATE, Checks::always),
                new PatternDetector(PersonalDataKind.PLATE, PLATE, Checks::always),
                new InstitutionDetector(institutions, names::neverAName),
                new StreetDetector(streets),
                new SuffixedStreetDetector(),
                new PatternDetector(PersonalDataKind.POSTCODE, POSTCODE, Checks::postcode),
                names);
    }

    /**
     * Spans of an already masked text that may still be personal data: a capitalised word mid-sentence that no
     * list knows, or the word after a cue such as "meneer". A text with any is held for a person to review.
     */
    public List<Finding> suspicions(String maskedText) {
        return maskedText == null || maskedText.isEmpty() ? List.of() : names.suspicions(maskedText);
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
