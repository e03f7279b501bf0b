package nl.duiding.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.duiding.collection.CollectionView;
import nl.duiding.collection.Collections;
import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.Frameworks;
import nl.duiding.framework.QuestionKind;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;

/** The triad and dyad questions of the frameworks an opgave's collections use, triads first, each code once. */
@Component
class SignifierCatalog {

    private final Collections collections;
    private final Frameworks frameworks;
    private final OpgaveCatalog catalog;

    SignifierCatalog(Collections collections, Frameworks frameworks, OpgaveCatalog catalog) {
        this.collections = collections;
        this.frameworks = frameworks;
        this.catalog = catalog;
    }

    List<Signifier> forOpgave(long opgaveId, Locale locale) {
        return of(collections.forOpgave(opgaveId), locale);
    }

    /** Across every opgave: what a provider's stories may have answered. */
    List<Signifier> forAllOpgaven(Locale locale) {
        List<CollectionView> all = new ArrayList<>();
        for (OpgaveView opgave : catalog.opgaven()) {
            all.addAll(collections.forOpgave(opgave.id()));
        }
        return of(all, locale);
    }

    private List<Signifier> of(List<CollectionView> used, Locale locale) {
        Map<String, Signifier> triads = new LinkedHashMap<>();
        Map<String, Signifier> dyads = new LinkedHashMap<>();
        for (CollectionView collection : used) {
            for (FrameworkDefinition.QuestionDefinition q : frameworks.definition(collection.frameworkId())
                    .map(FrameworkDefinition::questions).orElse(List.of())) {
                Map<String, Signifier> target = q.kind() == QuestionKind.TRIAD ? triads : q.kind() == QuestionKind.DYAD ? dyads : null;
                if (target != null) {
                    target.putIfAbsent(q.code(), new Signifier(q.code(), q.kind() == QuestionKind.TRIAD, q.prompt().in(locale),
                            q.options().stream().map(o -> o.label().in(locale)).toList()));
                }
            }
        }
        List<Signifier> out = new ArrayList<>(triads.values());
        out.addAll(dyads.values());
        return out;
    }
}
