package nl.duiding.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How answers map onto story_answer rows (story_id, question_code, kind, option_code, a, b, c, text_value)
 * and back. A choice or a stones answer takes one row per option; every other answer one row.
 */
final class AnswerRows {

    static final String INSERT = """
            insert into story_answer (story_id, question_code, kind, option_code, a, b, c, text_value)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String CHOICE = "MULTIPLE_CHOICE";
    private static final String OTHER_OPTION = "#other";

    private AnswerRows() {
    }

    static List<Object[]> rows(UUID id, List<Answer> answers) {
        List<Object[]> rows = new ArrayList<>();
        for (Answer answer : answers) {
            String code = answer.questionCode();
            switch (answer) {
                case Answer.Triad t -> rows.add(row(id, code, "TRIAD", "", t.a(), t.b(), t.c(), null));
                case Answer.Dyad d -> rows.add(row(id, code, "DYAD", "", d.value(), null, null, null));
                case Answer.Choice c -> {
                    // an empty choice is kept as one row so "answered, nothing chosen" survives
                    if (c.options().isEmpty()) {
                        rows.add(row(id, code, CHOICE, "", null, null, null, null));
                    }
                    c.options().stream().sorted().forEach(o -> rows.add(row(id, code, CHOICE, o, null, null, null, null)));
                }
                case Answer.Stones s -> s.placed().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                        rows.add(row(id, code, "STONES", e.getKey(), e.getValue().x(), e.getValue().y(), null, null)));
                case Answer.Scale s -> rows.add(row(id, code, "SCALE", "", (double) s.value(), null, null, null));
                case Answer.Number n -> rows.add(row(id, code, "NUMBER", "", n.value(), null, null, null));
                case Answer.Text t -> rows.add(row(id, code, "TEXT", "", null, null, null, t.text()));
                case Answer.Other o -> rows.add(row(id, code, "OTHER", OTHER_OPTION, null, null, null, o.text()));
                case Answer.NotApplicable n -> rows.add(row(id, code, "NA", "", null, null, null, null));
            }
        }
        return rows;
    }

    private static Object[] row(UUID id, String code, String kind, String option, Double a, Double b, Double c,
                                String text) {
        return new Object[] {id, code, kind, option, a, b, c, text};
    }

    /** Rebuilds the answers of one story from its rows, in any order. */
    static final class Reader {
        private final Map<String, Answer> single = new LinkedHashMap<>();
        private final Map<String, Set<String>> choices = new LinkedHashMap<>();
        private final Map<String, Map<String, Answer.Position>> stones = new LinkedHashMap<>();

        void add(String code, String kind, String option, double a, double b, double c, String text) {
            switch (kind) {
                case "TRIAD" -> single.put(code, new Answer.Triad(code, a, b, c));
                case "DYAD" -> single.put(code, new Answer.Dyad(code, a));
                case "STONES" -> stones.computeIfAbsent(code, k -> new LinkedHashMap<>())
                        .put(option, new Answer.Position(a, b));
                case "SCALE" -> single.put(code, new Answer.Scale(code, (int) Math.round(a)));
                case "NUMBER" -> single.put(code, new Answer.Number(code, a));
                case "TEXT" -> single.put(code, new Answer.Text(code, text));
                case "OTHER" -> single.put(code + OTHER_OPTION, new Answer.Other(code, text));
                case "NA" -> single.put(code, new Answer.NotApplicable(code));
                default -> {
                    Set<String> options = choices.computeIfAbsent(code, k -> new LinkedHashSet<>());
                    if (!option.isEmpty()) {
                        options.add(option);
                    }
                }
            }
        }

        List<Answer> answers() {
            List<Answer> out = new ArrayList<>(single.values());
            choices.forEach((code, options) -> out.add(new Answer.Choice(code, options)));
            stones.forEach((code, placed) -> out.add(new Answer.Stones(code, placed)));
            return out;
        }
    }
}
