package nl.duiding.report;

/** The texts a person writes in a draft. */
record ReportTexts(String title, String introduction, String closingWell, String closingVulnerable,
                   String closingAbsent, String closingDecisions) {

    static final int MAX_TEXT = 5000;

    String or(String value) {
        return value == null ? "" : value.strip();
    }

    boolean valid() {
        return title != null && !title.isBlank() && title.length() <= 200
                && (introduction == null || introduction.length() <= 10000)
                && fits(closingWell) && fits(closingVulnerable) && fits(closingAbsent) && fits(closingDecisions);
    }

    private static boolean fits(String s) {
        return s == null || s.length() <= MAX_TEXT;
    }
}
