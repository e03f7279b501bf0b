package nl.duiding.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the scrubber on the labelled corpus {@code privacy/evaluation-corpus.txt}. Recall per kind: labelled spans
 * whose every character is masked (by any kind: hidden is hidden). Precision per kind: findings of that kind that
 * overlap a labelled span. Also counts the demo story sentences the scrubber changes.
 */
record MaskingEvaluation(Map<PersonalDataKind, Score> scores, int sentences, int cleanSentencesChanged,
                         int demoSentences, int demoSentencesChanged, List<String> misses, List<String> falseAlarms) {

    /** {@code beyond}: characters this kind's findings mask outside every labelled span (words lost for nothing). */
    record Score(int labelled, int caught, int found, int correct, int beyond) {
        double recall() {
            return labelled == 0 ? 1 : (double) caught / labelled;
        }

        double precision() {
            return found == 0 ? 1 : (double) correct / found;
        }
    }

    private record Span(PersonalDataKind kind, int start, int end) {
    }

    private static final Pattern MARK = Pattern.compile("\\{\\{([A-Z_]+):([^}]*)}}");
    static final Scrubber SCRUBBER = new Scrubber(Set.of("Jeugdhulp De Linde (fictief)", "Sterrenburg", "Wielwijk",
            "Krispijn", "Stadspolders", "Buurtkracht Wijkteams"));

    static MaskingEvaluation run() {
        Map<PersonalDataKind, int[]> counts = new EnumMap<>(PersonalDataKind.class);
        List<String> misses = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        int sentences = 0;
        int cleanChanged = 0;
        for (String line : read("/privacy/evaluation-corpus.txt").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            sentences++;
            List<Span> gold = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            Matcher m = MARK.matcher(line);
            int cursor = 0;
            while (m.find()) {
                text.append(line, cursor, m.start());
                int start = text.length();
                text.append(m.group(2));
                gold.add(new Span(PersonalDataKind.valueOf(m.group(1)), start, text.length()));
                cursor = m.end();
            }
            text.append(line.substring(cursor));
            List<Finding> found = SCRUBBER.find(text.toString());
            if (gold.isEmpty() && !found.isEmpty()) {
                cleanChanged++;
            }
            for (Span g : gold) {
                int[] c = counts.computeIfAbsent(g.kind(), k -> new int[5]);
                c[0]++;
                if (covered(g, found)) {
                    c[1]++;
                } else {
                    misses.add(g.kind() + " '" + text.substring(g.start(), g.end()) + "' in: " + text);
                }
            }
            for (Finding f : found) {
                int[] c = counts.computeIfAbsent(f.kind(), k -> new int[5]);
                c[2]++;
                for (int i = f.start(); i < f.end(); i++) {
                    int at = i;
                    if (gold.stream().noneMatch(g -> g.start() <= at && at < g.end())) {
                        c[4]++;
                    }
                }
                if (gold.stream().anyMatch(g -> g.start() < f.end() && f.start() < g.end())) {
                    c[3]++;
                } else {
                    falseAlarms.add(f.kind() + " '" + text.substring(f.start(), f.end()) + "' in: " + text);
                }
            }
        }
        Map<PersonalDataKind, Score> scores = new EnumMap<>(PersonalDataKind.class);
        counts.forEach((k, c) -> scores.put(k, new Score(c[0], c[1], c[2], c[3], c[4])));
        List<String> demo = demoPoolSentences();
        int demoChanged = (int) demo.stream().filter(s -> !SCRUBBER.find(s).isEmpty()).count();
        return new MaskingEvaluation(scores, sentences, cleanChanged, demo.size(), demoChanged, misses, falseAlarms);
    }

    private static boolean covered(Span g, List<Finding> found) {
        for (int i = g.start(); i < g.end(); i++) {
            int at = i;
            if (found.stream().noneMatch(f -> f.start() <= at && at < f.end())) {
                return false;
            }
        }
        return true;
    }

    /** The demo's ordinary sentences (all pools before the deliberately personal one), as {@code ScrubberTest} reads them. */
    static List<String> demoPoolSentences() {
        String text = read("/demo/verhalen.txt");
        return text.substring(0, text.indexOf("[personal]")).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("[")).toList();
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format("%-11s %8s %8s %9s %7s %7s%n", "kind", "labelled", "found", "precision",
                "recall", "beyond"));
        scores.forEach((kind, s) -> out.append(String.format(java.util.Locale.ROOT, "%-11s %8d %8d %9.3f %7.3f %7d%n", kind,
                s.labelled(), s.found(), s.precision(), s.recall(), s.beyond())));
        out.append("beyond: characters masked outside every labelled span\n");
        out.append(String.format("%d sentences; %d without personal data changed; demo pools: %d of %d sentences changed%n",
                sentences, cleanSentencesChanged, demoSentencesChanged, demoSentences));
        return out.toString();
    }

    private static String read(String resource) {
        try (InputStream in = MaskingEvaluation.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
