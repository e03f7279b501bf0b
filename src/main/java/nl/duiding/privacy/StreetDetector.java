package nl.duiding.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Streets of the municipality's list, in any case and with any spacing, with the house number beside them
 * ("spuiboulevard 300", "Dordtse Kil 12", "johan de wittstraat"). A name that is only a street word or a single
 * ordinary word ("Singel", "Vest", "Boulevard") counts only with a house number.
 */
final class StreetDetector implements Detector {

    static final String HOUSE_NUMBER = "\\s*\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{L}]))?(?:[\\s-]?(?:hoog|bis|\\d{1,3})(?![\\p{L}\\d]))?";
    private static final Pattern SUFFIXED = Pattern.compile(
            ".+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|park|steeg|pad|dreef|markt|haven|boulevard|brug|gang|ring|vest|promenade|hoven)$");

    private final Pattern pattern;
    private final Set<String> needNumber;

    StreetDetector(StreetList streets) {
        List<String> names = streets.names().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.needNumber = names.stream().filter(n -> !n.contains(" ") && !SUFFIXED.matcher(n).matches())
                .collect(Collectors.toSet());
        String alternatives = names.stream().map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        this.pattern = names.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\d])(" + alternatives + ")(?![\\p{L}])("
                + HOUSE_NUMBER + ")?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        if (pattern == null) {
            return found;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (m.group(2) != null || !needNumber.contains(name)) {
                found.add(new Finding(PersonalDataKind.ADDRESS, m.start(), m.group(2) != null ? m.end() : m.end(1)));
            }
        }
        return found;
    }
}
