package nl.duiding.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.duiding.story.TellerRole;

/** A report as stored: its scope, the texts a person wrote, the quotes a person chose, and (once published) the freeze. */
record ReportDraft(long id, ReportScope scope, String title, String introduction, String closingWell,
                   String closingVulnerable, String closingAbsent, String closingDecisions, boolean published,
                   String createdBy, Instant publishedAt, String publishedBy, List<Quote> quotes) {

    record Quote(long id, UUID storyId, int position, String text, TellerRole role, boolean withdrawn) {
    }

    boolean hasClosingText() {
        return !(closingWell.isBlank() && closingVulnerable.isBlank() && closingAbsent.isBlank() && closingDecisions.isBlank());
    }
}
