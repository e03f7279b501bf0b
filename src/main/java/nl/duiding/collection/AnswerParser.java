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
 * {@code dyad.CODE} as 0–100, {@code choice.CODE} once per chosen option, {@code stones.CODE.ITEM.x|y} as
 * 0–100, {@code scale.CODE}, {@code number.CODE}, {@code text.CODE}, {@code other.CODE} (the "other,
 * namely" write-in) and {@code na.CODE} ("not applicable", which wins over anything else given for the
 * question). Anything unparseable becomes an out-of-range value, so the story module's validation rejects
 * it with a message.
 */
final class AnswerParser {

    private AnswerParser() {
    }

    static List<Answer> parse(MultiValueMap<String, String> params) {
        Map<String, double[]> triads = new LinkedHashMap<>();
        Map<String, Map<String, double[]>> stones = new LinkedHashMap<>();
        Set<String> notApplicable = new LinkedHashSet<>();
        List<Answer> answers = new ArrayList<>();
        params.forEach((name, values) -> {
            String[] parts = name.split("\\.", -1);
            if (parts.length < 2 || parts[1].isEmpty() || values.isEmpty()) {
                return;
            }
            String code = parts[1];
            String first = values.getFirst();
            switch (parts[0]) {
                case "triad" -> {
                    if (parts.length == 3 && parts[2].matches("[abc]") && hasText(first)) {
                        triads.computeIfAbsent(code, k -> nans(3))[parts[2].charAt(0) - 'a'] = percent(first);
                    }
                }
                case "stones" -> {
                    if (parts.length == 4 && parts[3].matches("[xy]") && hasText(first)) {
                        stones.computeIfAbsent(code, k -> new LinkedHashMap<>()).computeIfAbsent(parts[2], k -> nans(2))
                                [parts[3].charAt(0) - 'x'] = percent(first);
                    }
                }
                case "choice" -> {
                    if (parts.length == 2) {
                        Set<String> chosen = new LinkedHashSet<>();
                        values.stream().filter(AnswerParser::hasText).forEach(chosen::add);
                        answers.add(new Answer.Choice(code, chosen));
                    }
                }
                case "na" -> {
                    if (parts.length == 2 && "true".equals(first)) {
                        notApplicable.add(code);
                    }
                }
                default -> single(parts, first).ifPresent(answers::add);
            }
        });
        triads.forEach((code, v) -> answers.add(0, new Answer.Triad(code, v[0], v[1], v[2])));
        stones.forEach((code, items) -> answers.add(stonesAnswer(code, items)));
        answers.removeIf(a -> notApplicable.contains(a.questionCode()));
        notApplicable.forEach(code -> answers.add(new Answer.NotApplicable(code)));
        return answers;
    }

    private static java.util.Optional<Answer> single(String[] parts, String value) {
        if (parts.length != 2 || !hasText(value)) {
            return java.util.Optional.empty();
        }
        String code = parts[1];
        return java.util.Optional.ofNullable(switch (parts[0]) {
            case "dyad" -> new Answer.Dyad(code, percent(value));
            case "scale" -> new Answer.Scale(code, whole(value));
            case "number" -> new Answer.Number(code, number(value));
            case "text" -> new Answer.Text(code, value);
            case "other" -> new Answer.Other(code, value);
            default -> null;
        });
    }

    private static Answer stonesAnswer(String code, Map<String, double[]> items) {
        Map<String, Answer.Position> placed = new LinkedHashMap<>();
        items.forEach((item, xy) -> placed.put(item, new Answer.Position(xy[0], xy[1])));
        return new Answer.Stones(code, placed);
    }

    private static double[] nans(int n) {
        double[] values = new double[n];
        java.util.Arrays.fill(values, Double.NaN);
        return values;
    }

    private static double percent(String raw) {
        return number(raw) / 100.0;
    }

    private static double number(String raw) {
        try {
            return Double.parseDouble(raw.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A scale point; anything that is not a whole number becomes 0, which no scale has. */
    private static int whole(String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
