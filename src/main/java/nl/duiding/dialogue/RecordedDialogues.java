package nl.duiding.dialogue;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.duiding.identity.UserAccounts;
import nl.duiding.opgave.OpgaveCatalog;

/**
 * Records a dialogue that has taken place, through the very rules its pages apply (an officer creates and invites,
 * every observation is closed only after two interpretations, decisions need an owner). For the demo, so that a
 * newcomer finds a dialogue with its outcome (issue 17); nothing here bypasses {@link Dialogues} or {@link Discussions}.
 */
@Service
public class RecordedDialogues {

    /** A dialogue as it went: who led it, who was invited, what was observed and interpreted, what was decided. */
    public record Script(long opgaveId, String title, LocalDate periodStart, LocalDate periodEnd, String officer,
                         List<String> invited, List<Observation> observations, List<DecisionLine> decisions,
                         List<String> developments) {
    }

    /** {@code by} is the username of the participant who said it; so is each interpretation's. */
    public record Observation(Feedback feedback, Strength strength, String text, String by, List<Said> interpretations) {
    }

    public record Said(String by, String text) {
    }

    /** A decision, optionally on the observation at {@code observationIndex} (0-based, or -1), and its status. */
    public record DecisionLine(int observationIndex, DecisionKind kind, String text, String owner, LocalDate dueOn,
                               DecisionStatus status) {
    }

    private final Dialogues dialogues;
    private final Discussions discussions;
    private final DiscussionStore store;
    private final UserAccounts accounts;
    private final OpgaveCatalog catalog;

    RecordedDialogues(Dialogues dialogues, Discussions discussions, DiscussionStore store, UserAccounts accounts,
                      OpgaveCatalog catalog) {
        this.dialogues = dialogues;
        this.discussions = discussions;
        this.store = store;
        this.accounts = accounts;
        this.catalog = catalog;
    }

    /** Stores the script in one transaction and returns the dialogue's id. */
    @Transactional
    public long record(Script script) {
        Actor officer = actor(script.officer());
        long id = dialogues.create(new NewDialogue(script.opgaveId(), script.title(), script.periodStart(),
                script.periodEnd(), List.of(), List.of()), officer);
        script.invited().forEach(username -> dialogues.invite(id, username, officer));
        List<Long> observationIds = new java.util.ArrayList<>();
        for (Observation o : script.observations()) {
            discussions.observe(id, o.feedback(), o.strength(), o.text(), actor(o.by()));
            long observationId = store.observations(id).getLast().id();
            observationIds.add(observationId);
            for (Said s : o.interpretations()) {
                discussions.interpret(id, observationId, s.text(), actor(s.by()));
            }
            if (o.interpretations().size() >= Discussions.MIN_INTERPRETATIONS) {
                discussions.close(id, observationId, officer);
            }
        }
        for (DecisionLine d : script.decisions()) {
            discussions.decide(id, d.observationIndex() < 0 ? null : observationIds.get(d.observationIndex()), d.kind(),
                    d.text(), d.owner(), d.dueOn(), officer);
            if (d.status() == DecisionStatus.DONE) {
                long decisionId = store.decisions(id).getLast().id();
                discussions.setStatus(id, decisionId, DecisionStatus.DONE, officer);
            }
        }
        script.developments().forEach(text -> discussions.addDevelopment(id, text, officer));
        return id;
    }

    private Actor actor(String username) {
        return Actor.of(accounts.loadUserByUsername(username), catalog);
    }
}
