package nl.duiding.report;

/** The texts a person writes in a draft. */
record ReportTexts(String title, String introduction, String closingWell, String closingVulnerable,
                   String closingAbsent, String closingDecisions) {

    static final int MAX_TEXT = 5000;

    /** These texts over a draft's: what was not sent (null) stays as the draft has it. */
    ReportTexts over(ReportDraft draft) {
        return new ReportTexts(title != null ? title : draft.title(), keep(introduction, draft.introduction()),
                keep(closingWell, draft.closingWell()), keep(closingVulnerable, draft.closingVulnerable()),
                keep(closingAbsent, draft.closingAbsent()), keep(closingDecisions, draft.closingDecisions()));
    }

    private static String keep(String sent, String stored) {
        return sent != null ? sent : stored;
    }

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
