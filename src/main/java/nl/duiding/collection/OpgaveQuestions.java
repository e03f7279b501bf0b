package nl.duiding.collection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.framework.Frameworks;
import nl.duiding.framework.QuestionKind;

/**
 * The questions asked in an opgave's collections, by question code. A code keeps its meaning across framework
 * versions (see {@link Frameworks#versionsAsking}); where collections use different versions, the first
 * collection's definition is the one shown.
 */
@Component
public class OpgaveQuestions {

    private final Collections collections;
    private final Frameworks frameworks;

    OpgaveQuestions(Collections collections, Frameworks frameworks) {
        this.collections = collections;
        this.frameworks = frameworks;
    }

    public Map<String, QuestionDefinition> ofKind(long opgaveId, QuestionKind kind) {
        Map<String, QuestionDefinition> questions = new LinkedHashMap<>();
        for (CollectionView collection : collections.forOpgave(opgaveId)) {
            frameworks.definition(collection.frameworkId()).map(f -> f.questionsOf(kind))
                    .orElse(List.of()).forEach(q -> questions.putIfAbsent(q.code(), q));
        }
        return questions;
    }

    public Map<String, QuestionDefinition> triads(long opgaveId) {
        return ofKind(opgaveId, QuestionKind.TRIAD);
    }
}
