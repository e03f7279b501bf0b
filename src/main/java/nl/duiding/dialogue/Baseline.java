package nl.duiding.dialogue;

import java.time.Instant;
import java.util.Map;

/**
 * What the data of an opgave showed at one moment: stories (and the mean of each triad), and the cold side for
 * a year (declared amount and clients). Kept with each dialogue so the next one can show the beweging since.
 */
record Baseline(Instant at, long stories, Map<String, TriadMean> triads, int year, long amountCents, long clients) {

    /** Mean shares of a triad's three corners over {@code answers} answers. */
    record TriadMean(String prompt, double a, double b, double c, long answers) {
    }
}
