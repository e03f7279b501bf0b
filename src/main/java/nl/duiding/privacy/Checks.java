package nl.duiding.privacy;

import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.IBANValidator;

/** Checks that turn a pattern match into a finding. */
final class Checks {

    private Checks() {
    }

    /** The BSN 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11), and not all zeros. */
    static boolean elfProef(String raw) {
        String digits = raw.replaceAll("\\D", "");
        if (digits.length() != 9 || digits.chars().allMatch(c -> c == '0')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    static boolean iban(String raw) {
        return IBANValidator.getInstance().isValid(raw.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT));
    }

    static boolean email(String raw) {
        return EmailValidator.getInstance().isValid(raw);
    }

    /** Two-letter words and units that follow a number in ordinary writing ("in 2015 en", "1000 mg"). */
    private static final java.util.Set<String> NOT_POSTCODE_LETTERS = java.util.Set.of("de", "en", "in", "op", "na", "om",
            "is", "al", "ik", "te", "er", "ze", "we", "je", "zo", "nu", "of", "ga", "ja", "uw", "ok", "oh", "mg", "ml", "km",
            "cm", "mm", "kg", "gr", "kb", "mb", "gb", "pm", "am", "ct", "st");

    /** A postcode in capitals always counts; in small letters with a space only when the letters are no word. */
    static boolean postcode(String raw) {
        String letters = raw.substring(raw.length() - 2);
        boolean lower = letters.equals(letters.toLowerCase(java.util.Locale.ROOT));
        boolean spaced = raw.chars().anyMatch(Character::isWhitespace);
        return !(lower && spaced && NOT_POSTCODE_LETTERS.contains(letters));
    }

    static boolean always(String raw) {
        return true;
    }
}
