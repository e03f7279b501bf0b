package nl.duiding.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** The sentence pools of demo/verhalen.txt, by section. */
final class SentencePools {

    private final Map<String, List<String>> pools;

    private SentencePools(Map<String, List<String>> pools) {
        this.pools = pools;
    }

    static SentencePools load() {
        Map<String, List<String>> pools = new HashMap<>();
        var stream = SentencePools.class.getResourceAsStream("/demo/verhalen.txt");
        if (stream == null) {
            throw new IllegalStateException("demo/verhalen.txt is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<String> current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[") && text.endsWith("]")) {
                    current = pools.computeIfAbsent(text.substring(1, text.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SentencePools(pools);
    }

    String pick(String section, RandomGenerator random) {
        List<String> pool = pools.get(section);
        if (pool == null || pool.isEmpty()) {
            throw new IllegalArgumentException("No demo sentences for " + section);
        }
        return pool.get(random.nextInt(pool.size()));
    }

    /** {@code count} different sentences from a section, in random order. */
    List<String> pickDistinct(String section, int count, RandomGenerator random) {
        List<String> pool = new ArrayList<>(pools.getOrDefault(section, List.of()));
        List<String> out = new ArrayList<>();
        while (out.size() < count && !pool.isEmpty()) {
            out.add(pool.remove(random.nextInt(pool.size())));
        }
        return out;
    }
}
