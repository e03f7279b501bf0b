package nl.duiding.monitor;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StorySummaries;
import nl.duiding.analysis.StorySummary;
import nl.duiding.analysis.SummaryRequest;
import nl.duiding.analysis.SummaryRequest.Grouping;
import nl.duiding.opgave.ProviderView;
import nl.duiding.platform.Period;
import nl.duiding.production.FigureFilter;
import nl.duiding.production.FigureRow;
import nl.duiding.production.ProductionFigures;

/**
 * Joins the warm side (story counts and signifier means from the index) with the cold side (declared amount and
 * clients) on the same keys. Analysis and production never see each other: only this module knows both.
 */
@Service
class WarmCold {

    private final StorySummaries summaries;
    private final ProductionFigures figures;

    WarmCold(StorySummaries summaries, ProductionFigures figures) {
        this.summaries = summaries;
        this.figures = figures;
    }

    /** Every period of the year, also those without stories or lines, so both series stay aligned. */
    List<WarmColdRow> perPeriod(Scope scope, List<Signifier> signifiers) {
        Grouping grouping = scope.per() == Period.Grouping.QUARTER ? Grouping.QUARTER : Grouping.MONTH;
        Map<String, StorySummary> warm = byKey(summaries.summarize(request(scope, grouping, signifiers)), StorySummary::key);
        Map<String, FigureRow> cold = byKey(figures.perPeriod(coldFilter(scope)), FigureRow::key);
        return scope.periodKeys().stream().map(key -> row(key, key, warm, cold)).toList();
    }

    /** Every district with stories or lines; the empty key, last, holds both without a known district. */
    List<WarmColdRow> perDistrict(Scope scope, List<Signifier> signifiers, Map<String, String> districtNames) {
        Map<String, StorySummary> warm = byKey(summaries.summarize(request(scope, Grouping.DISTRICT, signifiers)), StorySummary::key);
        Map<String, FigureRow> cold = byKey(figures.perDistrict(coldFilter(scope)), FigureRow::key);
        TreeSet<String> keys = new TreeSet<>(java.util.Comparator.comparing(String::isEmpty).thenComparing(k -> k));
        keys.addAll(warm.keySet());
        keys.addAll(cold.keySet());
        return keys.stream().map(key -> row(key, districtNames.getOrDefault(key, key), warm, cold)).toList();
    }

    /**
     * Every provider with stories or lines, keyed by AGB code (stories name providers by id, declarations by AGB
     * code); the empty key holds stories that name no provider.
     */
    List<WarmColdRow> perProvider(Scope scope, List<Signifier> signifiers, Map<Long, ProviderView> providers) {
        Map<String, StorySummary> warm = new java.util.HashMap<>();
        for (StorySummary s : summaries.summarize(request(scope, Grouping.PROVIDER, signifiers))) {
            ProviderView p = s.key().equals("-") ? null : providers.get(Long.parseLong(s.key()));
            warm.put(p == null ? "" : p.agbCode(), s);
        }
        Map<String, FigureRow> cold = byKey(figures.perProvider(coldFilter(scope)), FigureRow::key);
        Map<String, String> names = new java.util.HashMap<>();
        providers.values().forEach(p -> names.put(p.agbCode(), p.name()));
        TreeSet<String> keys = new TreeSet<>(java.util.Comparator.comparing((String k) -> names.getOrDefault(k, k)));
        keys.addAll(warm.keySet());
        keys.addAll(cold.keySet());
        return keys.stream().map(key -> row(key, names.getOrDefault(key, key), warm, cold)).toList();
    }

    /**
     * The whole scope in one row: stories and means weighted over the periods, and the year's figures (clients
     * counted once over the year, not summed over periods).
     */
    WarmColdRow total(Scope scope, List<WarmColdRow> periods, List<Signifier> signifiers) {
        Map<String, StorySummary.TriadMean> triads = new java.util.LinkedHashMap<>();
        Map<String, StorySummary.DyadMean> dyads = new java.util.LinkedHashMap<>();
        for (Signifier s : signifiers) {
            long n = periods.stream().mapToLong(r -> r.answered(s)).sum();
            double[] means = new double[3];
            for (int corner = 0; corner < (s.triad() ? 3 : 1); corner++) {
                int c = corner;
                means[c] = n == 0 ? Double.NaN : periods.stream().filter(r -> r.answered(s) > 0)
                        .mapToDouble(r -> r.mean(s, c) * r.answered(s)).sum() / n;
            }
            if (s.triad()) {
                triads.put(s.code(), new StorySummary.TriadMean(n, means[0], means[1], means[2]));
            } else {
                dyads.put(s.code(), new StorySummary.DyadMean(n, means[0]));
            }
        }
        long stories = periods.stream().mapToLong(WarmColdRow::stories).sum();
        return new WarmColdRow("total", "", new StorySummary("total", stories, triads, dyads), figures.total(coldFilter(scope)));
    }

    private static WarmColdRow row(String key, String label, Map<String, StorySummary> warm, Map<String, FigureRow> cold) {
        return new WarmColdRow(key, label, warm.getOrDefault(key, StorySummary.empty(key)),
                cold.getOrDefault(key, new FigureRow(key, 0, 0, 0, List.of())));
    }

    private static SummaryRequest request(Scope scope, Grouping grouping, List<Signifier> signifiers) {
        StoryFilter filter = new StoryFilter(scope.opgaveId(), scope.providerId(), null, null,
                scope.sharedOnly() ? Boolean.TRUE : null);
        return new SummaryRequest(filter, scope.districtCode(), scope.from(), scope.to(), grouping,
                signifiers.stream().filter(Signifier::triad).map(Signifier::code).toList(),
                signifiers.stream().filter(s -> !s.triad()).map(Signifier::code).toList());
    }

    private static FigureFilter coldFilter(Scope scope) {
        return new FigureFilter(scope.year(), scope.opgaveId(), scope.providerAgb(), scope.per(), scope.districtCode());
    }

    private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
    }
}
