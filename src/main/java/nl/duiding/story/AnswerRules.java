package nl.duiding.story;

import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.framework.QuestionKind;

/** Whether one answer fits its question; returns a message key, or null when it does. */
final class AnswerRules {

    static final double TRIAD_TOLERANCE = 0.001;
    static final double NUMBER_LIMIT = 1_000_000;

    private AnswerRules() {
    }

    static String check(Answer answer, QuestionDefinition q) {
        return switch (answer) {
            case Answer.NotApplicable n -> q.notApplicable() ? null : "story.error.notApplicable";
            case Answer.Triad t when q.kind() == QuestionKind.TRIAD -> checkTriad(t);
            case Answer.Dyad d when q.kind() == QuestionKind.DYAD -> inUnit(d.value()) ? null : "story.error.dyad.range";
            case Answer.Choice c when q.kind().isChoice() -> checkChoice(c, q);
            case Answer.Other o when q.kind().isChoice() && q.allowOther() -> checkText(o.text(), true);
            case Answer.Stones s when q.kind() == QuestionKind.STONES -> checkStones(s, q);
            case Answer.Scale s when q.kind() == QuestionKind.SCALE ->
                    s.value() >= 1 && s.value() <= q.scalePoints() ? null : "story.error.scale.range";
            case Answer.Number n when q.kind() == QuestionKind.NUMBER ->
                    Double.isFinite(n.value()) && Math.abs(n.value()) <= NUMBER_LIMIT ? null : "story.error.number.invalid";
            case Answer.Text t when q.kind() == QuestionKind.TEXT -> checkText(t.text(), q.required());
            default -> "story.error.question.kind";
        };
    }

    private static String checkTriad(Answer.Triad t) {
        if (!inUnit(t.a()) || !inUnit(t.b()) || !inUnit(t.c())) {
            return "story.error.triad.range";
        }
        return Math.abs(t.a() + t.b() + t.c() - 1.0) <= TRIAD_TOLERANCE ? null : "story.error.triad.sum";
    }

    private static String checkChoice(Answer.Choice c, QuestionDefinition q) {
        if (c.options().isEmpty() && q.required()) {
            return "story.error.question.required";
        }
        if (q.kind() == QuestionKind.SINGLE_CHOICE && c.options().size() > 1) {
            return "story.error.choice.one";
        }
        boolean known = c.options().stream()
                .allMatch(o -> q.hasOption(o) || q.allowOther() && QuestionDefinition.OTHER.equals(o));
        return known ? null : "story.error.choice.unknown";
    }

    private static String checkStones(Answer.Stones s, QuestionDefinition q) {
        if (s.placed().isEmpty() && q.required()) {
            return "story.error.question.required";
        }
        if (!s.placed().keySet().stream().allMatch(q::hasOption)) {
            return "story.error.stones.unknown";
        }
        boolean inside = s.placed().values().stream().allMatch(p -> inUnit(p.x()) && inUnit(p.y()));
        return inside ? null : "story.error.stones.range";
    }

    private static String checkText(String text, boolean required) {
        if (text == null || text.isBlank()) {
            return required ? "story.error.question.required" : null;
        }
        return text.length() <= QuestionDefinition.MAX_TEXT ? null : "story.error.text.tooLong";
    }

    static boolean inUnit(double v) {
        return !Double.isNaN(v) && v >= 0.0 && v <= 1.0;
    }
}
