package nl.duiding.production;

import nl.duiding.platform.Period;

/**
 * Which declared lines a figure covers: one year, optionally one opgave, one provider (AGB code) and one district
 * (CBS code).
 */
public record FigureFilter(int year, Long opgaveId, String providerAgb, Period.Grouping granularity, String districtCode) {

    public FigureFilter {
        granularity = granularity == null ? Period.Grouping.MONTH : granularity;
        providerAgb = providerAgb == null || providerAgb.isBlank() ? null : providerAgb;
        districtCode = districtCode == null || districtCode.isBlank() ? null : districtCode;
    }

    /** Lines of every district. */
    public FigureFilter(int year, Long opgaveId, String providerAgb, Period.Grouping granularity) {
        this(year, opgaveId, providerAgb, granularity, null);
    }
}
