package nl.duiding.production;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The accepted lines' senders, amount, months and providers, summed while they are copied (hash tables: a million
 * lookups; sorted once at the end).
 */
final class AcceptedTotals {

    private final Map<String, Integer> senders = new HashMap<>();
    private final Map<Integer, Set<Integer>> months = new HashMap<>();
    private final Map<Integer, Set<String>> providers = new HashMap<>();
    private long amount;
    private long lines;

    void add(StagedLine line) {
        senders.merge(line.providerAgb(), 1, Integer::sum);
        int year = line.productStart().getYear();
        months.computeIfAbsent(year, y -> new HashSet<>()).add(line.productStart().getMonthValue());
        providers.computeIfAbsent(year, y -> new HashSet<>()).add(line.providerAgb());
        amount += line.amountCents();
        lines++;
    }

    long lines() {
        return lines;
    }

    StagingTable.Accepted accepted() {
        List<ColdFigures.Touched> touched = new ArrayList<>();
        new TreeMap<>(months).forEach((year, inYear) -> {
            ColdFigures.Touched t = new ColdFigures.Touched(year);
            providers.get(year).forEach(agb -> inYear.forEach(month -> t.add(month, agb)));
            touched.add(t);
        });
        return new StagingTable.Accepted(new TreeMap<>(senders), amount, List.copyOf(touched));
    }
}
