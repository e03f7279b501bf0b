package nl.duiding.dialogue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.duiding.dialogue.DialogueOutcome.Decision;
import nl.duiding.dialogue.DialogueOutcome.Observation;
import nl.duiding.report.ClosingSource;
import nl.duiding.report.ReportScope;

/**
 * Offers a council report the outcome of the newest dialogue on the same opgave whose period overlaps the report's:
 * its observations in the feedback order, each with its interpretations, and its decisions. The report uses it
 * only where nobody wrote a closing; a person reads the draft before it is published. No names of participants
 * go into the report, and no story text (the outcome holds none).
 */
@Component
class DialogueClosing implements ClosingSource {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final DialogueStore dialogues;
    private final DialogueOutcomes outcomes;
    private final MessageSource messages;

    DialogueClosing(DialogueStore dialogues, DialogueOutcomes outcomes, MessageSource messages) {
        this.dialogues = dialogues;
        this.outcomes = outcomes;
        this.messages = messages;
    }

    @Override
    public Optional<Closing> closingFor(ReportScope scope) {
        return dialogues.all().stream()
                .filter(d -> d.opgaveId() == scope.opgaveId() && overlaps(d, scope.from(), scope.to()))
                .max(Comparator.comparing(Dialogue::periodEnd).thenComparing(Dialogue::id))
                .flatMap(d -> outcomes.of(d.id()))
                .map(this::closing);
    }

    private Closing closing(DialogueOutcome outcome) {
        return new Closing(observations(outcome.goesWell()), observations(outcome.vulnerable()),
                observations(outcome.absent()), decisions(outcome.decisions()),
                text("dialogue.closing.source", outcome.title(), outcome.periodStart(), outcome.periodEnd()));
    }

    private static boolean overlaps(Dialogue d, LocalDate from, LocalDate to) {
        return !d.periodStart().isAfter(to) && !d.periodEnd().isBefore(from);
    }

    /** One paragraph per observation: what we saw, how strongly, and the interpretations. */
    private String observations(List<Observation> observations) {
        return observations.stream().map(o -> text("dialogue.closing.observation", o.text(),
                        text("dialogue.strength." + o.strength().name()),
                        o.interpretations().stream().map(DialogueOutcome.Interpretation::text).collect(Collectors.joining("; "))))
                .collect(Collectors.joining("\n\n"));
    }

    private String decisions(List<Decision> decisions) {
        return decisions.stream().map(d -> text("dialogue.closing.decision", text("dialogue.decision.kind." + d.kind().name()),
                        d.text(), d.owner() == null ? "-" : d.owner(), d.dueOn() == null ? "-" : d.dueOn().toString(),
                        text("dialogue.decision.status." + d.status().name())))
                .collect(Collectors.joining("\n\n"));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DUTCH);
    }
}
