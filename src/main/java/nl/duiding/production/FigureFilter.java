package nl.duiding.production;

/** Which declared lines a figure covers: one year, optionally one opgave and one provider (AGB code). */
public record FigureFilter(int year, Long opgaveId, String providerAgb, Granularity granularity) {

    public enum Granularity { MONTH, QUARTER }

    public FigureFilter {
        granularity = granularity == null ? Granularity.MONTH : granularity;
        providerAgb = providerAgb == null || providerAgb.isBlank() ? null : providerAgb;
    }
}
