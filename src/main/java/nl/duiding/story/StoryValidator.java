package nl.duiding.story;

import java.util.HashMap;
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
        // filled in the order the fields stand on the form: role, prompt, title, story, provider, district, the
        // questions in the framework's order, consent
        Map<String, String> errors = new LinkedHashMap<>();
        if (s.role() == null) {
            errors.put("role", "story.error.role.required");
        }
        if (s.prompt() != null && s.prompt().length() > SubmitStory.MAX_PROMPT) {
            errors.put("prompt", "story.error.prompt.unknown");
        }
        checkText(errors, "title", s.title(), SubmitStory.MAX_TITLE);
        checkText(errors, "body", s.body(), SubmitStory.MAX_BODY);
        if (!s.providerIds().stream().allMatch(providerExists::test)) {
            errors.put("providerId", "story.error.provider.unknown");
        }
        if (s.districtCode() != null && !districtExists.test(s.districtCode())) {
            errors.put("districtCode", "story.error.district.unknown");
        }
        Set<String> answered = new HashSet<>();
        Map<String, String> answerErrors = new HashMap<>();
        for (Answer answer : s.answers()) {
            QuestionDefinition q = framework.question(answer.questionCode()).orElse(null);
            if (q == null) {
                errors.put("answers", "story.error.question.unknown");
                continue;
            }
            // the write-in travels beside its choice answer, so it is counted apart
            String slot = answer instanceof Answer.Other ? q.code() + "#other" : q.code();
            if (!answered.add(slot)) {
                answerErrors.put(q.code(), "story.error.question.twice");
                continue;
            }
            String problem = AnswerRules.check(answer, q);
            if (problem != null) {
                answerErrors.put(q.code(), problem);
            }
        }
        for (QuestionDefinition q : framework.questions()) {
            String problem = answerErrors.get(q.code());
            if (problem == null && q.required() && !answered.contains(q.code())) {
                problem = "story.error.question.required";
            }
            if (problem != null) {
                errors.put("answer." + q.code(), problem);
            }
        }
        if (!s.consentAnalysis()) {
            errors.put("consentAnalysis", "story.error.consent.required");
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
