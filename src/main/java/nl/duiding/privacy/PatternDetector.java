package nl.duiding.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A regular expression for the shape, and a check (11-proef, IBAN checksum, …) for what really counts. */
record PatternDetector(PersonalDataKind kind, Pattern pattern, Predicate<String> check) implements Detector {

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (check.test(m.group())) {
                found.add(new Finding(kind, m.start(), m.end()));
            }
        }
        return found;
    }
}
