package nl.duiding.dialogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.duiding.collection.CollectionView;
import nl.duiding.collection.Collections;
import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.framework.Frameworks;
import nl.duiding.framework.QuestionKind;

/** The triad questions asked in an opgave's collections, by question code (the first definition wins). */
@Component
class OpgaveTriads {

    private final Collections collections;
    private final Frameworks frameworks;

    OpgaveTriads(Collections collections, Frameworks frameworks) {
        this.collections = collections;
        this.frameworks = frameworks;
    }

    Map<String, QuestionDefinition> of(long opgaveId) {
        Map<String, QuestionDefinition> triads = new LinkedHashMap<>();
        for (CollectionView collection : collections.forOpgave(opgaveId)) {
            frameworks.definition(collection.frameworkId()).map(f -> f.questionsOf(QuestionKind.TRIAD))
                    .orElse(List.of()).forEach(q -> triads.putIfAbsent(q.code(), q));
        }
        return triads;
    }

}
