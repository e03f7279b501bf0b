package nl.duiding.monitor;

import java.util.List;

/** A triad or dyad question whose mean is summarised: its code, prompt and corner or pole labels. */
record Signifier(String code, boolean triad, String prompt, List<String> labels) {
}
