package nl.duiding.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.duiding.framework.FrameworkDefinition.OptionDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;

/**
 * The editor's "add a question" form. Options come as lines "code | Dutch | English" so one text area serves
 * every kind; everything is bound as text and checked here, so no input fails binding.
 */
record QuestionForm(String code, String kind, String promptNl, String promptEn, String required,
                    String notApplicable, String allowOther, String scalePoints, String options,
                    String xAxisNl, String xAxisEn, String yAxisNl, String yAxisEn) {

    static final String CODE = "^[a-z][a-z0-9_]{0,59}$";

    static QuestionForm empty() {
        return new QuestionForm("", "TRIAD", "", "", "true", null, null, "5", "", "", "", "", "");
    }

    /** Field → message key; empty when {@link #toDefinition()} may be called. */
    Map<String, String> errors(FrameworkDefinition draft) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (code == null || !code.strip().matches(CODE)) {
            errors.put("code", "editor.error.code");
        } else if (draft.question(code.strip()).isPresent()) {
            errors.put("code", "editor.error.code.taken");
        }
        if (blank(promptNl) || promptNl.length() > 1000 || blank(promptEn) || promptEn.length() > 1000) {
            errors.put("prompt", "story.error.question.required");
        }
        Optional<QuestionKind> kind = kindValue();
        Optional<List<OptionDefinition>> parsed = parsedOptions();
        if (kind.isEmpty() || parsed.isEmpty() || !kind.get().fits(parsed.get().size())) {
            errors.put("options", "editor.error.options");
        }
        if (kind.filter(k -> k == QuestionKind.STONES).isPresent() && (blank(xAxisNl) || blank(yAxisNl))) {
            errors.put("axes", "editor.error.axes");
        }
        return errors;
    }

    QuestionDefinition toDefinition() {
        QuestionKind k = kindValue().orElseThrow();
        boolean stones = k == QuestionKind.STONES;
        return new QuestionDefinition(code.strip(), k, new LocalizedText(promptNl.strip(), promptEn.strip()),
                checked(required), parsedOptions().orElseThrow(), checked(notApplicable),
                k.isChoice() && checked(allowOther), k == QuestionKind.SCALE ? points() : 0,
                stones ? text(xAxisNl, xAxisEn) : null, stones ? text(yAxisNl, yAxisEn) : null);
    }

    private Optional<QuestionKind> kindValue() {
        try {
            return Optional.of(QuestionKind.valueOf(kind));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Empty when a line is not "code | Dutch | English" with a valid, unique code. */
    private Optional<List<OptionDefinition>> parsedOptions() {
        List<OptionDefinition> parsed = new ArrayList<>();
        for (String line : (options == null ? "" : options).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3 || !parts[0].strip().matches(CODE) || blank(parts[1]) || parts[1].length() > 300
                    || parts[2].length() > 300 || parsed.stream().anyMatch(o -> o.code().equals(parts[0].strip()))) {
                return Optional.empty();
            }
            parsed.add(new OptionDefinition(parts[0].strip(), new LocalizedText(parts[1].strip(), parts[2].strip())));
        }
        return Optional.of(parsed);
    }

    private int points() {
        return "7".equals(scalePoints) ? 7 : 5;
    }

    private static LocalizedText text(String nl, String en) {
        return new LocalizedText(nl.strip(), en == null ? "" : en.strip());
    }

    private static boolean checked(String value) {
        return "true".equals(value) || "on".equals(value);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
