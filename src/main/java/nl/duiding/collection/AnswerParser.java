package nl.duiding.collection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.util.MultiValueMap;

import nl.duiding.story.Answer;

/**
 * Reads signification answers from form parameters: {@code triad.CODE.a|b|c} as percentages,
 * {@code dyad.CODE} as 0–100, {@code choice.CODE} once per chosen option. Anything unparseable becomes
 * an out-of-range value, so the story module's validation rejects it with a message.
 */
final class AnswerParser {

    private AnswerParser() {
    }

    static List<Answer> parse(MultiValueMap<String, String> params) {
        Map<String, double[]> triads = new LinkedHashMap<>();
        List<Answer> answers = new ArrayList<>();
        params.forEach((name, values) -> {
            String[] parts = name.split("\\.", -1);
            if (parts.length < 2 || parts[1].isEmpty() || values.isEmpty()) {
                return;
            }
            String code = parts[1];
            switch (parts[0]) {
                case "triad" -> {
                    if (parts.length == 3 && parts[2].matches("[abc]") && hasText(values.getFirst())) {
                        triads.computeIfAbsent(code, k -> new double[] {Double.NaN, Double.NaN, Double.NaN})
                                [parts[2].charAt(0) - 'a'] = percent(values.getFirst());
                    }
                }
                case "dyad" -> {
                    if (parts.length == 2 && hasText(values.getFirst())) {
                        answers.add(new Answer.Dyad(code, percent(values.getFirst())));
                    }
                }
                case "choice" -> {
                    if (parts.length == 2) {
                        Set<String> chosen = new LinkedHashSet<>();
                        values.stream().filter(AnswerParser::hasText).forEach(chosen::add);
                        answers.add(new Answer.Choice(code, chosen));
                    }
                }
                default -> { }
            }
        });
        triads.forEach((code, v) -> answers.add(0, new Answer.Triad(code, v[0], v[1], v[2])));
        return answers;
    }

    private static double percent(String raw) {
        try {
            return Double.parseDouble(raw.strip().replace(',', '.')) / 100.0;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
