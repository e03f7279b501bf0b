package nl.duiding.report;

/**
 * The report editor's steps, in order (issue 17): scope, sections, quotes, preview, publish. Each is a page of its
 * own with a plain link to the next, so a long report is never one page of twenty-five text boxes.
 */
enum ReportStep {
    SCOPE(""), SECTIONS("/secties"), QUOTES("/citaten"), PREVIEW("/voorbeeld"), PUBLISH("/publiceren");

    private final String suffix;

    ReportStep(String suffix) {
        this.suffix = suffix;
    }

    public String path(long reportId) {
        return "/rapporten/" + reportId + suffix;
    }

    public ReportStep next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }

    /** The step a save came from ({@code stap}), for the redirect back; anything unknown is the first step. */
    static ReportStep after(String stap) {
        return "secties".equals(stap) ? SECTIONS : SCOPE;
    }
}
