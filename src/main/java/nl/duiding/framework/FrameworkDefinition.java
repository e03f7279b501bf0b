package nl.duiding.framework;

import java.util.List;
import java.util.Optional;

/** A framework version, as the story form, the editor and validation see it. */
public record FrameworkDefinition(long id, String name, int version, List<QuestionDefinition> questions,
                                  boolean published) {

    public FrameworkDefinition {
        questions = List.copyOf(questions);
    }

    /** A published version, as before drafts existed. */
    public FrameworkDefinition(long id, String name, int version, List<QuestionDefinition> questions) {
        this(id, name, version, questions, true);
    }

    public Optional<QuestionDefinition> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    public List<QuestionDefinition> questionsOf(QuestionKind kind) {
        return questions.stream().filter(q -> q.kind() == kind).toList();
    }

    /**
     * One question. Options are the triad's corners, the dyad's poles, the stones' items, the choices, or
     * a scale's two end labels. {@code scalePoints} is 5 or 7 for a scale, 0 otherwise; the axes are for stones.
     */
    public record QuestionDefinition(String code, QuestionKind kind, LocalizedText prompt, boolean required,
                                     List<OptionDefinition> options, boolean notApplicable, boolean allowOther,
                                     int scalePoints, LocalizedText xAxis, LocalizedText yAxis) {

        public static final int MAX_TEXT = 1000;
        public static final String OTHER = "anders";

        public QuestionDefinition {
            options = List.copyOf(options);
        }

        public QuestionDefinition(String code, QuestionKind kind, LocalizedText prompt, boolean required,
                                  List<OptionDefinition> options) {
            this(code, kind, prompt, required, options, false, false, kind == QuestionKind.SCALE ? 5 : 0, null, null);
        }

        public boolean hasOption(String optionCode) {
            return options.stream().anyMatch(o -> o.code().equals(optionCode));
        }

        /** The scale's points 1..n, for the form. */
        public List<Integer> points() {
            return java.util.stream.IntStream.rangeClosed(1, scalePoints).boxed().toList();
        }

        /** Whether this question asks the same as another, so analysis may follow it across versions. */
        public boolean sameAs(QuestionDefinition other) {
            return code.equals(other.code) && kind == other.kind && options.equals(other.options)
                    && scalePoints == other.scalePoints;
        }
    }

    public record OptionDefinition(String code, LocalizedText label) {
    }
}
