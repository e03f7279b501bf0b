package nl.duiding.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The prompts of a collection as the admin form takes them: one per line, "C | Dutch | English" for
 * clients, parents and young people, "P | Dutch | English" for professionals.
 */
final class PromptLines {

    static final int MAX = 1000;

    private PromptLines() {
    }

    /** Empty when a line is malformed. */
    static Optional<List<Prompt>> parse(String text) {
        List<Prompt> prompts = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            String audience = parts[0].strip().toUpperCase(java.util.Locale.ROOT);
            if (parts.length != 3 || !audience.matches("[CP]") || parts[1].isBlank() || parts[1].length() > MAX
                    || parts[2].length() > MAX) {
                return Optional.empty();
            }
            prompts.add(new Prompt(audience.equals("P"), parts[1].strip(), parts[2].strip()));
        }
        return Optional.of(prompts);
    }
}
