package nl.duiding.dialogue;

import java.time.LocalDate;
import java.util.List;

/**
 * What a dialogue concluded, for a council report's closing section: observations in the feedback order (each
 * with its competing interpretations), decisions and external developments. Contains no story text.
 */
public record DialogueOutcome(long dialogueId, long opgaveId, String title, LocalDate periodStart, LocalDate periodEnd,
                              List<Observation> goesWell, List<Observation> vulnerable, List<Observation> absent,
                              List<Decision> decisions, List<Development> externalDevelopments) {

    public record Observation(long id, Feedback feedback, Strength strength, String text, boolean closed,
                              List<Interpretation> interpretations, Attribution by) {
    }

    public record Interpretation(long id, String text, Attribution by) {
    }

    public record Decision(long id, Long observationId, DecisionKind kind, String text, String owner, LocalDate dueOn,
                           DecisionStatus status, Attribution by) {
    }

    public record Development(long id, String text, Attribution by) {
    }
}
