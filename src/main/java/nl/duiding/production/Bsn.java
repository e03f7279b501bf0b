package nl.duiding.production;

/** The Dutch citizen service number's check: the 11-proef. Never keeps or prints the number it checks. */
final class Bsn {

    private Bsn() {
    }

    /** 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be a multiple of 11, for exactly nine digits. */
    static boolean valid(String candidate) {
        if (candidate == null || candidate.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int weight = i < 8 ? 9 - i : -1;
            sum += weight * (c - '0');
        }
        return sum % 11 == 0 && !candidate.equals("000000000");
    }

    /**
     * Hides every run of nine digits, so a BSN typed in the wrong place never reaches a message or a log, and
     * every quoted value with a digit in it: an XSD message echoes the refused value whatever its length
     * ("Value '99990001' is not facet-valid"), and a BSN without its leading zero is such a value.
     */
    static String mask(String text) {
        return text == null ? null : text.replaceAll("(?<![0-9])[0-9]{9}(?![0-9])", "*********")
                .replaceAll("'[^'\\n]*[0-9][^'\\n]*'", "'***'");
    }

    /** Hides every run of nine digits only: for text whose quotes are ours, not a validator's. */
    static String maskNineDigits(String text) {
        return text == null ? null : text.replaceAll("(?<![0-9])[0-9]{9}(?![0-9])", "*********");
    }
}
