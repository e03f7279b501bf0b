package nl.duiding.analysis;

/**
 * The seven zones of a triad (ADR 0009). A corner zone holds answers giving that corner at least 0.6; otherwise an
 * answer giving one corner less than 0.2 lies in the zone along the edge between the other two; every other answer
 * (all three shares in [0.2, 0.6)) is in the centre. These rules never overlap and leave no gaps.
 */
public enum TriadZone {
    CORNER_A, CORNER_B, CORNER_C, EDGE_AB, EDGE_BC, EDGE_AC, CENTRE;

    public static final double CORNER_FROM = 0.6;
    public static final double EDGE_BELOW = 0.2;

    public static TriadZone of(double a, double b, double c) {
        if (a >= CORNER_FROM) {
            return CORNER_A;
        }
        if (b >= CORNER_FROM) {
            return CORNER_B;
        }
        if (c >= CORNER_FROM) {
            return CORNER_C;
        }
        if (c < EDGE_BELOW) {
            return EDGE_AB;
        }
        if (a < EDGE_BELOW) {
            return EDGE_BC;
        }
        if (b < EDGE_BELOW) {
            return EDGE_AC;
        }
        return CENTRE;
    }
}
