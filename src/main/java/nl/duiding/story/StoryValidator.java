package nl.duiding.story;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.framework.QuestionKind;

/**
 * Server-side rules for a submission; the browser is never trusted. Returns field → message key,
 * empty when the story may be stored. Answer errors are keyed "answer.&lt;code&gt;".
 */
final class StoryValidator {

    static final double TRIAD_TOLERANCE = 0.001;

    private StoryValidator() {
    }

    static Map<String, String> validate(SubmitStory s, FrameworkDefinition framework,
                                        LongPredicate providerExists, Predicate<String> districtExists) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (s.role() == null) {
            errors.put("role", "story.error.role.required");
        }
        checkText(errors, "title", s.title(), SubmitStory.MAX_TITLE);
        checkText(errors, "body", s.body(), SubmitStory.MAX_BODY);
        if (s.providerId() != null && !providerExists.test(s.providerId())) {
            errors.put("providerId", "story.error.provider.unknown");
        }
        if (s.districtCode() != null && !districtExists.test(s.districtCode())) {
            errors.put("districtCode", "story.error.district.unknown");
        }
        if (!s.consentAnalysis()) {
            errors.put("consentAnalysis", "story.error.consent.required");
        }
        Set<String> answered = new HashSet<>();
        for (Answer answer : s.answers()) {
            String key = "answer." + answer.questionCode();
            QuestionDefinition q = framework.question(answer.questionCode()).orElse(null);
            if (q == null) {
                errors.put("answers", "story.error.question.unknown");
                continue;
            }
            if (!answered.add(q.code())) {
                errors.put(key, "story.error.question.twice");
                continue;
            }
            String problem = check(answer, q);
            if (problem != null) {
                errors.put(key, problem);
            }
        }
        for (QuestionDefinition q : framework.questions()) {
            if (q.required() && !answered.contains(q.code())) {
                errors.putIfAbsent("answer." + q.code(), "story.error.question.required");
            }
        }
        return errors;
    }

    private static void checkText(Map<String, String> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, "story.error." + field + ".required");
        } else if (value.length() > max) {
            errors.put(field, "story.error." + field + ".tooLong");
        }
    }

    private static String check(Answer answer, QuestionDefinition q) {
        return switch (answer) {
            case Answer.Triad t when q.kind() == QuestionKind.TRIAD -> checkTriad(t);
            case Answer.Dyad d when q.kind() == QuestionKind.DYAD -> inUnit(d.value()) ? null : "story.error.dyad.range";
            case Answer.Choice c when q.kind() == QuestionKind.MULTIPLE_CHOICE -> checkChoice(c, q);
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
        return c.options().stream().allMatch(q::hasOption) ? null : "story.error.choice.unknown";
    }

    private static boolean inUnit(double v) {
        return !Double.isNaN(v) && v >= 0.0 && v <= 1.0;
    }
}
