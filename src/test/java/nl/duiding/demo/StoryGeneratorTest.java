package nl.duiding.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.duiding.opgave.Law;
import nl.duiding.story.Answer;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/** The demo generator plants the patterns the dashboards should show, reproducibly. */
class StoryGeneratorTest {

    static final StoryGenerator.Target TARGET = new StoryGenerator.Target(1, 1, 1, Law.JEUGDWET,
            List.of(new StoryGenerator.ProviderChoice(10, 2), new StoryGenerator.ProviderChoice(11, 0),
                    new StoryGenerator.ProviderChoice(12, -1)),
            List.of("WK050501", "WK050502"));

    @Test
    void theSameSeedGivesTheSameStories() {
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        List<SubmitStory> first = generate(new StoryGenerator(SentencePools.load(), 7, now), 50);
        List<SubmitStory> second = generate(new StoryGenerator(SentencePools.load(), 7, now), 50);
        assertThat(first).isEqualTo(second);
    }

    @Test
    void eachProvidersTellersLeanToItsCornerAndProfessionalsFeelMoreInControl() {
        List<SubmitStory> stories = generate(new StoryGenerator(SentencePools.load(), 11, Instant.now()), 3000);
        assertThat(meanShare(stories, 10L, 2)).isGreaterThan(0.5);
        assertThat(meanShare(stories, 11L, 0)).isGreaterThan(0.5);
        assertThat(meanShare(stories, 12L, 0)).isBetween(0.25, 0.42);
        assertThat(meanRegie(stories, TellerRole.PROFESSIONAL) - meanRegie(stories, TellerRole.CLIENT)).isGreaterThan(0.12);
        assertThat(stories).allSatisfy(s -> {
            Answer.Triad t = (Answer.Triad) s.answers().getFirst();
            assertThat(t.a() + t.b() + t.c()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.001));
            assertThat(s.body()).isNotBlank().hasSizeLessThan(SubmitStory.MAX_BODY);
        });
    }

    private static List<SubmitStory> generate(StoryGenerator generator, int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> generator.next(TARGET)).toList();
    }

    private static double meanShare(List<SubmitStory> stories, long provider, int corner) {
        return stories.stream().filter(s -> s.providerId() != null && s.providerId() == provider)
                .mapToDouble(s -> {
                    Answer.Triad t = (Answer.Triad) s.answers().getFirst();
                    return corner == 0 ? t.a() : corner == 1 ? t.b() : t.c();
                }).average().orElseThrow();
    }

    private static double meanRegie(List<SubmitStory> stories, TellerRole role) {
        return stories.stream().filter(s -> s.role() == role)
                .mapToDouble(s -> ((Answer.Dyad) s.answers().get(1)).value()).average().orElseThrow();
    }
}
