package nl.duiding.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.duiding.collection.OpgaveQuestions;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.framework.QuestionKind;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;

/** The triad and dyad questions of the frameworks an opgave's collections use, triads first, each code once. */
@Component
class SignifierCatalog {

    private final OpgaveQuestions questions;
    private final OpgaveCatalog catalog;

    SignifierCatalog(OpgaveQuestions questions, OpgaveCatalog catalog) {
        this.questions = questions;
        this.catalog = catalog;
    }

    List<Signifier> forOpgave(long opgaveId, Locale locale) {
        return of(List.of(opgaveId), locale);
    }

    /** Across every opgave: what a provider's stories may have answered. */
    List<Signifier> forAllOpgaven(Locale locale) {
        return of(catalog.opgaven().stream().map(OpgaveView::id).toList(), locale);
    }

    private List<Signifier> of(List<Long> opgaven, Locale locale) {
        Map<String, QuestionDefinition> triads = new LinkedHashMap<>();
        Map<String, QuestionDefinition> dyads = new LinkedHashMap<>();
        for (long opgave : opgaven) {
            questions.all(opgave).forEach((code, q) -> {
                if (q.kind() == QuestionKind.TRIAD) {
                    triads.putIfAbsent(code, q);
                } else if (q.kind() == QuestionKind.DYAD) {
                    dyads.putIfAbsent(code, q);
                }
            });
        }
        List<Signifier> out = new ArrayList<>();
        triads.values().forEach(q -> out.add(signifier(q, true, locale)));
        dyads.values().forEach(q -> out.add(signifier(q, false, locale)));
        return out;
    }

    private static Signifier signifier(QuestionDefinition q, boolean triad, Locale locale) {
        return new Signifier(q.code(), triad, q.prompt().in(locale), q.options().stream().map(o -> o.label().in(locale)).toList());
    }
}
