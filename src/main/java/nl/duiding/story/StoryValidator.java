package nl.duiding.story;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;

/**
 * Server-side rules for a submission; the browser is never trusted. Returns field → message key,
 * empty when the story may be stored. Answer errors are keyed "answer.&lt;code&gt;".
 */
final class StoryValidator {

    static final double TRIAD_TOLERANCE = AnswerRules.TRIAD_TOLERANCE;

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
        if (!s.providerIds().stream().allMatch(providerExists::test)) {
            errors.put("providerId", "story.error.provider.unknown");
        }
        if (s.districtCode() != null && !districtExists.test(s.districtCode())) {
            errors.put("districtCode", "story.error.district.unknown");
        }
        if (s.prompt() != null && s.prompt().length() > SubmitStory.MAX_PROMPT) {
            errors.put("prompt", "story.error.prompt.unknown");
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
            // the write-in travels beside its choice answer, so it is counted apart
            String slot = answer instanceof Answer.Other ? q.code() + "#other" : q.code();
            if (!answered.add(slot)) {
                errors.put(key, "story.error.question.twice");
                continue;
            }
            String problem = AnswerRules.check(answer, q);
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

}
