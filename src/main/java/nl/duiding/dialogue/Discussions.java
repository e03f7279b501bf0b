package nl.duiding.dialogue;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What participants add during a dialogue. An observation needs at least two competing interpretations before it
 * can be closed, and only a closed observation can lead to a decision: the dialogue does not jump from what it
 * sees to what it does without asking what it might mean.
 */
@Service
@Transactional
class Discussions {

    static final int MIN_INTERPRETATIONS = 2;
    static final int MAX_TEXT = 2000;
    static final int MAX_OWNER = 200;

    private final Dialogues dialogues;
    private final DiscussionStore store;
    private final nl.duiding.story.TextMasking masking;

    Discussions(Dialogues dialogues, DiscussionStore store, nl.duiding.story.TextMasking masking) {
        this.masking = masking;
        this.dialogues = dialogues;
        this.store = store;
    }

    void observe(long dialogueId, Feedback feedback, Strength strength, String text, Actor actor) {
        dialogues.openToContribute(dialogueId, actor);
        if (feedback == null || strength == null) {
            throw new DialogueRejectedException("dialogue.observation.invalid");
        }
        store.addObservation(dialogueId, feedback, strength, text(text), actor.attribution());
    }

    void interpret(long dialogueId, long observationId, String text, Actor actor) {
        dialogues.openToContribute(dialogueId, actor);
        requireObservationOf(dialogueId, observationId);
        if (store.isClosed(observationId)) {
            throw new DialogueRejectedException("dialogue.observation.closed");
        }
        store.addInterpretation(observationId, text(text), actor.attribution());
    }

    void close(long dialogueId, long observationId, Actor actor) {
        dialogues.openToContribute(dialogueId, actor);
        requireObservationOf(dialogueId, observationId);
        if (store.interpretationCount(observationId) < MIN_INTERPRETATIONS) {
            throw new DialogueRejectedException("dialogue.observation.tooFew");
        }
        store.close(observationId);
    }

    void decide(long dialogueId, Long observationId, DecisionKind kind, String text, String owner, LocalDate dueOn, Actor actor) {
        dialogues.openToContribute(dialogueId, actor);
        if (kind == null) {
            throw new DialogueRejectedException("dialogue.decision.invalid");
        }
        if (observationId != null) {
            requireObservationOf(dialogueId, observationId);
            if (!store.isClosed(observationId)) {
                throw new DialogueRejectedException(store.interpretationCount(observationId) < MIN_INTERPRETATIONS
                        ? "dialogue.observation.tooFew" : "dialogue.decision.notClosed");
            }
        }
        if (owner == null || owner.isBlank() || owner.length() > MAX_OWNER) {
            throw new DialogueRejectedException("dialogue.decision.owner.invalid");
        }
        store.addDecision(dialogueId, observationId, kind, text(text), owner.strip(), dueOn, actor.attribution());
    }

    void setStatus(long dialogueId, long decisionId, DecisionStatus status, Actor actor) {
        dialogues.openToContribute(dialogueId, actor);
        if (status == null || !store.dialogueOfDecision(decisionId).map(d -> d == dialogueId).orElse(false)) {
            throw new DialogueNotFoundException();
        }
        store.setStatus(decisionId, status, actor.username());
    }

    void addDevelopment(long dialogueId, String text, Actor actor) {
        dialogues.openToContribute(dialogueId, actor);
        store.addDevelopment(dialogueId, text(text), actor.attribution());
    }

    private void requireObservationOf(long dialogueId, long observationId) {
        if (!store.dialogueOfObservation(observationId).map(d -> d == dialogueId).orElse(false)) {
            throw new DialogueNotFoundException();
        }
    }

    /** Notes often cite stories: what a participant types is masked like a told story, in any case. */
    private String text(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new DialogueRejectedException("dialogue.text.invalid");
        }
        return masking.mask(text.strip());
    }
}
