package nl.duiding.opgave;

import java.util.List;

/** An opgave as other modules see it. */
public record OpgaveView(long id, String name, Law law, String description, List<Goal> goals) {

    public record Goal(String text, GoalType type) {
    }
}
