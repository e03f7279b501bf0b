package nl.duiding.dialogue;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.duiding.dialogue.DialogueOutcome.Observation;

/**
 * The module's API for the council report: a dialogue's outcome (observations in the feedback order with their
 * interpretations, decisions, external developments) to take in as the report's closing section. No story text
 * and no pinned material leave the module this way; access to the report is the report module's to decide.
 */
@Service
@Transactional(readOnly = true)
public class DialogueOutcomes {

    private final DialogueStore dialogues;
    private final DiscussionStore discussion;

    DialogueOutcomes(DialogueStore dialogues, DiscussionStore discussion) {
        this.dialogues = dialogues;
        this.discussion = discussion;
    }

    public Optional<DialogueOutcome> of(long dialogueId) {
        return dialogues.find(dialogueId).map(d -> {
            List<Observation> observations = discussion.observations(d.id());
            return new DialogueOutcome(d.id(), d.opgaveId(), d.title(), d.periodStart(), d.periodEnd(),
                    of(observations, Feedback.GOES_WELL), of(observations, Feedback.VULNERABLE), of(observations, Feedback.ABSENT),
                    discussion.decisions(d.id()), discussion.developments(d.id()));
        });
    }

    /** The dialogues on an opgave, newest first, as (id, title) to choose from. */
    public List<DialogueSummary> forOpgave(long opgaveId) {
        return dialogues.all().stream().filter(d -> d.opgaveId() == opgaveId)
                .map(d -> new DialogueSummary(d.id(), d.title(), d.periodStart(), d.periodEnd())).toList();
    }

    public record DialogueSummary(long id, String title, java.time.LocalDate periodStart, java.time.LocalDate periodEnd) {
    }

    private static List<Observation> of(List<Observation> all, Feedback feedback) {
        return all.stream().filter(o -> o.feedback() == feedback).toList();
    }
}
