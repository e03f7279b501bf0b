package nl.duiding.monitor;

import nl.duiding.analysis.StorySummary;
import nl.duiding.production.FigureRow;

/** One period, district or provider: the stories and their signifier means beside the declared figures. */
record WarmColdRow(String key, String label, StorySummary warm, FigureRow cold) {

    public long stories() {
        return warm.stories();
    }

    public long amountCents() {
        return cold.amountCents();
    }

    public long clients() {
        return cold.clients();
    }

    public long amountPerClientCents() {
        return cold.amountPerClientCents();
    }

    /** The mean of one corner (0, 1, 2) of a triad, or of a dyad (corner ignored); NaN when nobody answered. */
    public double mean(Signifier signifier, int corner) {
        if (signifier.triad()) {
            StorySummary.TriadMean m = warm.triads().get(signifier.code());
            return m == null || m.answered() == 0 ? Double.NaN : corner == 0 ? m.a() : corner == 1 ? m.b() : m.c();
        }
        StorySummary.DyadMean m = warm.dyads().get(signifier.code());
        return m == null || m.answered() == 0 ? Double.NaN : m.mean();
    }

    /**
     * This row with only the means over at least {@code min} answers; a smaller group's mean is left out, as if
     * unanswered, because it would give those tellers' answers away (issue 13: what a provider's pages show).
     */
    WarmColdRow meansOver(int min) {
        java.util.Map<String, StorySummary.TriadMean> triads = new java.util.LinkedHashMap<>();
        warm.triads().forEach((code, m) -> triads.put(code, m.answered() >= min ? m : new StorySummary.TriadMean(0, 0, 0, 0)));
        java.util.Map<String, StorySummary.DyadMean> dyads = new java.util.LinkedHashMap<>();
        warm.dyads().forEach((code, m) -> dyads.put(code, m.answered() >= min ? m : new StorySummary.DyadMean(0, 0)));
        return new WarmColdRow(key, label, new StorySummary(warm.key(), warm.stories(), triads, dyads), cold);
    }

    public long answered(Signifier signifier) {
        if (signifier.triad()) {
            StorySummary.TriadMean m = warm.triads().get(signifier.code());
            return m == null ? 0 : m.answered();
        }
        StorySummary.DyadMean m = warm.dyads().get(signifier.code());
        return m == null ? 0 : m.answered();
    }
}
