package nl.duiding.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.duiding.collection.CollectionView;
import nl.duiding.collection.Collections;
import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.framework.Frameworks;

/** The questions of every framework used by an opgave's collections, by question code (the first version wins). */
@Component
class OpgaveQuestions {

    private final Collections collections;
    private final Frameworks frameworks;

    OpgaveQuestions(Collections collections, Frameworks frameworks) {
        this.collections = collections;
        this.frameworks = frameworks;
    }

    Map<String, QuestionDefinition> of(long opgaveId) {
        Map<String, QuestionDefinition> questions = new LinkedHashMap<>();
        for (CollectionView collection : collections.forOpgave(opgaveId)) {
            frameworks.definition(collection.frameworkId()).map(FrameworkDefinition::questions).orElse(List.of())
                    .forEach(question -> questions.putIfAbsent(question.code(), question));
        }
        return questions;
    }
}
