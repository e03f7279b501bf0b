package nl.duiding.framework;

import java.util.List;
import java.util.Optional;

/** A published framework version, as the story form and validation see it. */
public record FrameworkDefinition(long id, String name, int version, List<QuestionDefinition> questions) {

    public FrameworkDefinition {
        questions = List.copyOf(questions);
    }

    public Optional<QuestionDefinition> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    public List<QuestionDefinition> questionsOf(QuestionKind kind) {
        return questions.stream().filter(q -> q.kind() == kind).toList();
    }

    public record QuestionDefinition(String code, QuestionKind kind, LocalizedText prompt, boolean required,
                                     List<OptionDefinition> options) {

        public QuestionDefinition {
            options = List.copyOf(options);
        }

        public boolean hasOption(String optionCode) {
            return options.stream().anyMatch(o -> o.code().equals(optionCode));
        }
    }

    public record OptionDefinition(String code, LocalizedText label) {
    }
}
