package nl.duiding.report;

import java.util.Optional;

/**
 * Optional hook for the closing section: a module (the dialogue, later) may offer the outcome of a dialogue on the
 * same opgave and period. Text a person wrote in the report always wins; a source only fills what was left empty.
 */
public interface ClosingSource {

    Optional<Closing> closingFor(ReportScope scope);

    /** What goes well, what is vulnerable, what is remarkably absent, and the decisions; {@code source} names it. */
    record Closing(String goesWell, String vulnerable, String absent, String decisions, String source) {
    }
}
