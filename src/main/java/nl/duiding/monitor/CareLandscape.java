package nl.duiding.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.ProviderView;
import nl.duiding.platform.Period;
import nl.duiding.production.FigureFilter;
import nl.duiding.production.ProductionFigures;
import nl.duiding.production.SharedClients;
import nl.duiding.story.ProviderPair;
import nl.duiding.story.StoryArchive;

/** Builds the care landscape from the story module's provider pairs and production's shared clients. */
@Service
class CareLandscape {

    private final StoryArchive archive;
    private final ProductionFigures figures;
    private final OpgaveCatalog catalog;

    CareLandscape(StoryArchive archive, ProductionFigures figures, OpgaveCatalog catalog) {
        this.archive = archive;
        this.figures = figures;
        this.catalog = catalog;
    }

    Landscape of(long opgaveId, Scope scope) {
        Map<Long, ProviderView> byId = catalog.providers().stream().collect(Collectors.toMap(ProviderView::id, Function.identity()));
        Map<String, ProviderView> byAgb = byId.values().stream().collect(Collectors.toMap(ProviderView::agbCode,
                Function.identity(), (a, b) -> a));
        Map<String, long[]> weights = new TreeMap<>();
        for (ProviderPair pair : archive.providerPairs(opgaveId, scope.from(), scope.to())) {
            String a = byId.get(pair.providerA()).agbCode();
            String b = byId.get(pair.providerB()).agbCode();
            weights.computeIfAbsent(key(a, b), k -> new long[2])[0] += pair.stories();
        }
        for (SharedClients shared : figures.sharedClientsPerProviderPair(
                new FigureFilter(scope.year(), opgaveId, null, Period.Grouping.MONTH))) {
            weights.computeIfAbsent(key(shared.agbA(), shared.agbB()), k -> new long[2])[1] += shared.clients();
        }
        Map<String, Landscape.Node> nodes = new TreeMap<>();
        List<Landscape.Edge> edges = new ArrayList<>();
        weights.forEach((key, w) -> {
            String[] agbs = key.split("/");
            Landscape.Node a = nodes.computeIfAbsent(agbs[0], agb -> node(agb, byAgb));
            Landscape.Node b = nodes.computeIfAbsent(agbs[1], agb -> node(agb, byAgb));
            edges.add(new Landscape.Edge(a, b, w[0], w[1]));
        });
        edges.sort(Comparator.comparingLong((Landscape.Edge e) -> e.stories() + e.sharedClients()).reversed()
                .thenComparing(e -> e.a().name()).thenComparing(e -> e.b().name()));
        List<Landscape.Node> sorted = new ArrayList<>(nodes.values());
        sorted.sort(Comparator.comparing(Landscape.Node::name));
        return new Landscape(sorted, edges);
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
    }

    private static Landscape.Node node(String agb, Map<String, ProviderView> byAgb) {
        ProviderView provider = byAgb.get(agb);
        return new Landscape.Node(agb, provider == null ? agb : provider.name());
    }
}
