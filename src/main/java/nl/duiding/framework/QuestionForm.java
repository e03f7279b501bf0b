package nl.duiding.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.duiding.framework.FrameworkDefinition.OptionDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;

/**
 * The editor's "add a question" form, one per kind (issue 17): the page shows only the fields of the chosen kind,
 * and options as rows of three fields ({@code optionCode}, {@code optionNl}, {@code optionEn}, repeated) — a row
 * without a code takes one made from its Dutch label. Everything is bound as text and checked here, so no input
 * fails binding.
 */
record QuestionForm(String code, String kind, String promptNl, String promptEn, String required,
                    String notApplicable, String allowOther, String scalePoints, List<String> optionCode,
                    List<String> optionNl, List<String> optionEn,
                    String xAxisNl, String xAxisEn, String yAxisNl, String yAxisEn) {

    static final String CODE = "^[a-z][a-z0-9_]{0,59}$";

    QuestionForm {
        optionCode = optionCode == null ? List.of() : optionCode;
        optionNl = optionNl == null ? List.of() : optionNl;
        optionEn = optionEn == null ? List.of() : optionEn;
    }

    static QuestionForm empty() {
        return empty(null);
    }

    /** An empty form for this kind (a {@link QuestionKind} name); anything unknown is a triad. */
    static QuestionForm empty(String kind) {
        String k = java.util.Arrays.stream(QuestionKind.values()).map(Enum::name).filter(n -> n.equals(kind)).findFirst()
                .orElse("TRIAD");
        return new QuestionForm("", k, "", "", "true", null, null, "5", List.of(), List.of(), List.of(), "", "", "", "");
    }

    /** How many option rows the form shows for its kind: the triad's corners, the dyad's poles, and so on. */
    public int rows() {
        return kindValue().map(k -> switch (k) {
            case TRIAD -> 3;
            case DYAD, SCALE -> 2;
            case STONES -> 6;
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> 8;
            default -> 0;
        }).map(n -> Math.max(n, Math.min(optionNl.size(), 30))).orElse(0);
    }

    /** What was typed in row {@code i} of one of the option columns, for showing the form again. */
    public String cell(List<String> column, int i) {
        return i < column.size() && column.get(i) != null ? column.get(i) : "";
    }

    public boolean isKind(String name) {
        return name.equals(kind);
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

    /** Empty when a row has a label but no valid code (or none can be made from it), or a code twice. */
    private Optional<List<OptionDefinition>> parsedOptions() {
        List<OptionDefinition> parsed = new ArrayList<>();
        for (int i = 0; i < Math.max(optionNl.size(), optionCode.size()); i++) {
            String nl = cell(optionNl, i).strip();
            String en = cell(optionEn, i).strip();
            String typed = cell(optionCode, i).strip();
            if (nl.isEmpty() && typed.isEmpty() && en.isEmpty()) {
                continue;
            }
            String optionCodeValue = typed.isEmpty() ? codeFrom(nl) : typed;
            if (nl.isEmpty() || nl.length() > 300 || en.length() > 300 || !optionCodeValue.matches(CODE)
                    || parsed.stream().anyMatch(o -> o.code().equals(optionCodeValue))) {
                return Optional.empty();
            }
            parsed.add(new OptionDefinition(optionCodeValue, new LocalizedText(nl, en)));
        }
        return Optional.of(parsed);
    }

    /** "Wat ik zelf kon" becomes "wat_ik_zelf_kon": lower case, accents dropped, anything else an underscore. */
    static String codeFrom(String label) {
        String plain = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (!plain.isEmpty() && !Character.isLetter(plain.charAt(0))) {
            plain = "o_" + plain;
        }
        return plain.length() > 60 ? plain.substring(0, 60).replaceAll("_+$", "") : plain;
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
