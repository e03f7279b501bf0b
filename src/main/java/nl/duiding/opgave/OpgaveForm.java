package nl.duiding.opgave;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The opgave editor's fields; goals are typed one per line, per goal type. */
record OpgaveForm(@NotBlank @Size(max = 200) String name,
                  @NotBlank @Pattern(regexp = "JEUGDWET|WMO|WLZ", message = "{opgave.law.invalid}") String law,
                  @NotBlank @Size(max = 4000) String description,
                  @Size(max = 4000) String performanceGoals,
                  @Size(max = 4000) String preventionGoals,
                  @Size(max = 4000) String learningGoals) {

    static OpgaveForm empty() {
        return new OpgaveForm("", null, "", "", "", "");
    }

    static OpgaveForm of(OpgaveView view) {
        return new OpgaveForm(view.name(), view.law().name(), view.description(), lines(view, GoalType.PERFORMANCE),
                lines(view, GoalType.PREVENTION), lines(view, GoalType.LEARNING));
    }

    /** The law; only called after validation, which guarantees one of the enum's names. */
    Law lawValue() {
        return Law.valueOf(law);
    }

    List<OpgaveView.Goal> goals() {
        List<OpgaveView.Goal> goals = new ArrayList<>();
        add(goals, performanceGoals, GoalType.PERFORMANCE);
        add(goals, preventionGoals, GoalType.PREVENTION);
        add(goals, learningGoals, GoalType.LEARNING);
        return goals;
    }

    private static void add(List<OpgaveView.Goal> goals, String lines, GoalType type) {
        if (lines == null) {
            return;
        }
        Arrays.stream(lines.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.length() > 1000 ? l.substring(0, 1000) : l)
                .forEach(l -> goals.add(new OpgaveView.Goal(l, type)));
    }

    private static String lines(OpgaveView view, GoalType type) {
        return String.join("\n", view.goals().stream().filter(g -> g.type() == type).map(OpgaveView.Goal::text).toList());
    }
}
