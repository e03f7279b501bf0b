package nl.duiding.production;

/**
 * Which declared lines a figure covers: one year, optionally one opgave, one provider (AGB code) and one district
 * (CBS code).
 */
public record FigureFilter(int year, Long opgaveId, String providerAgb, Granularity granularity, String districtCode) {

    public enum Granularity { MONTH, QUARTER }

    public FigureFilter {
        granularity = granularity == null ? Granularity.MONTH : granularity;
        providerAgb = providerAgb == null || providerAgb.isBlank() ? null : providerAgb;
        districtCode = districtCode == null || districtCode.isBlank() ? null : districtCode;
    }

    /** Lines of every district. */
    public FigureFilter(int year, Long opgaveId, String providerAgb, Granularity granularity) {
        this(year, opgaveId, providerAgb, granularity, null);
    }
}
