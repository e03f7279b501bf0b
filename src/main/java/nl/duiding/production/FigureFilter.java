package nl.duiding.production;

/**
 * Which declared lines a figure covers: one year, optionally one opgave, one provider (AGB code) and one district
 * (CBS code).
 */
public record FigureFilter(int year, Long opgaveId, String providerAgb, Granularity granularity, String districtCode) {

    /** Per month or per quarter; in a URL by its Dutch word ({@code per=maand|kwartaal}), as on the warm pages. */
    public enum Granularity {
        MONTH("maand"), QUARTER("kwartaal");

        private final String parameter;

        Granularity(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        /** The Dutch word, or the English name older links used; anything else is per month. */
        public static Granularity parse(String value) {
            for (Granularity g : values()) {
                if (g.parameter.equalsIgnoreCase(value) || g.name().equalsIgnoreCase(value)) {
                    return g;
                }
            }
            return MONTH;
        }
    }

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
