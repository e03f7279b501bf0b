package nl.duiding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmarks stay out of {@code ./mvnw verify} by their tag (the surefire configuration excludes the group
 * {@code benchmark} and the benchmark profile selects only it), not by a naming accident: every class named
 * {@code *Benchmark} carries the tag, and no test class does.
 */
class BenchmarksAreTaggedTest {

    @Test
    void everyBenchmarkAndOnlyBenchmarksCarryTheTag() throws IOException, ClassNotFoundException {
        List<String> benchmarks = testClasses().filter(name -> name.endsWith("Benchmark")).toList();
        assertThat(benchmarks).as("benchmark classes found").hasSizeGreaterThanOrEqualTo(5);
        for (String name : benchmarks) {
            assertThat(tag(name)).as(name).isEqualTo("benchmark");
        }
        for (String name : testClasses().filter(n -> n.endsWith("Test") || n.endsWith("Tests")).toList()) {
            assertThat(tag(name)).as(name + " runs in verify").isNull();
        }
    }

    private static String tag(String className) throws ClassNotFoundException {
        // not initialised: a benchmark's static set-up (its own database, its index directory) must not run here
        Tag tag = Class.forName(className, false, BenchmarksAreTaggedTest.class.getClassLoader()).getAnnotation(Tag.class);
        return tag == null ? null : tag.value();
    }

    private static Stream<String> testClasses() throws IOException {
        Path root = Path.of("src/test/java");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", ""))
                    .toList().stream();
        }
    }
}
