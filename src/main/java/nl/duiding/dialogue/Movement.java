package nl.duiding.dialogue;

import java.util.List;

/**
 * Where a dialogue starts from: the previous dialogue on the same opgave, its decisions still open, and what the
 * data did since ("beweging"): its baseline then against the same measures now.
 */
record Movement(Dialogue previous, List<DialogueOutcome.Decision> openDecisions, Baseline then, Baseline now) {

    long storiesSince() {
        return now.stories() - then.stories();
    }
}
