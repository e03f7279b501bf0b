package nl.duiding.monitor;

import java.util.List;

/**
 * The headline figures of one opgave: this quarter against the one before (stories, spending, clients, amount per
 * client), how each triad's mean moved, and the words that stand out in this quarter's stories.
 */
record OpgaveOverview(Quarter now, Quarter before, Change stories, Change amountCents, Change clients,
                      Change amountPerClientCents, List<TriadMove> triads, List<String> themes, boolean themesCompared) {

    /** A figure now and before; {@code direction} is up, down or same, for the arrow and its text. */
    record Change(long now, long before) {
        public long difference() {
            return now - before;
        }

        public String direction() {
            return now > before ? "up" : now < before ? "down" : "same";
        }

        /** The change as a share of before, signed and rounded to whole percents; empty when there was nothing before. */
        public String percent() {
            return before == 0 ? "" : signed(Math.round(100.0 * (now - before) / before)) + "%";
        }

        public String signedDifference() {
            return signed(now - before);
        }
    }

    /** One triad: its corners' means now and before (as percents; null when nobody answered in that quarter). */
    record TriadMove(String code, String prompt, List<CornerMove> corners, long answeredNow, long answeredBefore) {
    }

    record CornerMove(String label, Long now, Long before) {
        /** The move in percentage points; null when one of the quarters has no answers. */
        public String points() {
            return now == null || before == null ? "" : signed(now - before);
        }
    }

    static String signed(long value) {
        return value > 0 ? "+" + value : value < 0 ? "\u2212" + (-value) : "0";
    }
}
