package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.duiding.analysis.SummaryRequest.Grouping;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryRecord;
import nl.duiding.story.TellerRole;

/**
 * How long the warm side of warm-next-to-cold takes on a large index: grouped story counts with triad and dyad
 * means per month and per district for one opgave. Not part of {@code ./mvnw verify} (the name does not match
 * surefire's patterns). Run it with {@code ./mvnw -B -Pbenchmark test -Dtest=StorySummariesBenchmark}
 * ({@code -Dbenchmark.stories=1000000} by default); it prints the index size, build time and p50/p95 per query.
 */
@Tag("benchmark")
@SpringBootTest
class StorySummariesBenchmark {

    @Autowired
    StoryIndex index;
    @Autowired
    StorySummaries summaries;

    @Test
    void groupedSummariesOverAMillionStories() {
        int stories = Integer.getInteger("benchmark.stories", 1_000_000);
        String[] districts = {"WK050501", "WK050502", "WK050503", "WK050504", "WK050505", "WK050506", "WK050507", "WK050508"};
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        long began = System.nanoTime();
        long built = index.rebuild(sink -> {
            SplittableRandom random = new SplittableRandom(2026);
            for (int i = 0; i < stories; i++) {
                double a = random.nextDouble();
                double b = random.nextDouble() * (1 - a);
                sink.accept(new StoryRecord(new UUID(i, i), 1 + random.nextInt(3), 1, 1L + random.nextInt(8),
                        districts[random.nextInt(districts.length)], random.nextBoolean() ? TellerRole.CLIENT : TellerRole.PROFESSIONAL,
                        "Verhaal", "Een kort verhaal over de hulp.", start.plus(random.nextInt(365 * 24), ChronoUnit.HOURS),
                        false, random.nextBoolean(), List.of(new Answer.Triad("wat_hielp", a, b, 1 - a - b),
                        new Answer.Dyad("regie", random.nextDouble())), false));
            }
        }, new java.util.concurrent.atomic.AtomicLong());
        long buildMillis = (System.nanoTime() - began) / 1_000_000;
        assertThat(built).isEqualTo(stories);
        System.out.printf("StorySummariesBenchmark: %,d stories indexed in %,d ms%n", built, buildMillis);
        for (Grouping grouping : List.of(Grouping.MONTH, Grouping.DISTRICT, Grouping.PROVIDER)) {
            SummaryRequest request = new SummaryRequest(StoryFilter.opgave(1), null, start, start.plus(365, ChronoUnit.DAYS),
                    grouping, List.of("wat_hielp"), List.of("regie"));
            List<StorySummary> result = summaries.summarize(request);
            assertThat(result.stream().mapToLong(StorySummary::stories).sum()).isBetween(stories / 4L, stories / 2L);
            long[] times = time(request, 40);
            System.out.printf("StorySummariesBenchmark: per %s, %d groups, opgave 1 of 3: p50 %.1f ms, p95 %.1f ms%n",
                    grouping, result.size(), times[times.length / 2] / 1e6, times[(int) (times.length * 0.95)] / 1e6);
        }
    }

    private long[] time(SummaryRequest request, int runs) {
        for (int i = 0; i < 10; i++) {
            summaries.summarize(request);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            summaries.summarize(request);
            times.add(System.nanoTime() - t);
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}
