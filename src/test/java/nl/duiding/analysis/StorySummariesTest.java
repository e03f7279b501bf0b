package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.duiding.TestFixtures;
import nl.duiding.analysis.SummaryRequest.Grouping;
import nl.duiding.collection.Collections;
import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.framework.Frameworks;
import nl.duiding.framework.LocalizedText;
import nl.duiding.framework.QuestionKind;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * Grouped summaries read from doc values: counts and means per provider and per district, with stories that
 * name no provider or no district in groups of their own and "not applicable" left out of the mean.
 */
@SpringBootTest
class StorySummariesTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    StoryIntake intake;
    @Autowired
    StoryQueries queries;
    @Autowired
    StorySummaries summaries;
    @Autowired
    Frameworks frameworks;
    @Autowired
    Collections collections;

    @Test
    void groupsByProviderAndDistrictWithMeansOfTheAnsweredOnly() {
        TestFixtures.World starter = fixtures.world();
        // a framework whose triad may be answered "not applicable"
        FrameworkDefinition framework = frameworks.publish("Samenvatting " + UUID.randomUUID(), List.of(
                new QuestionDefinition("wat_hielp", QuestionKind.TRIAD, new LocalizedText("Wat hielp?", "What helped?"), true,
                        List.of(option("a"), option("b"), option("c")), true, false, 0, null, null),
                new QuestionDefinition("regie", QuestionKind.DYAD, new LocalizedText("Wie besliste?", "Who decided?"), true,
                        List.of(option("zij"), option("ik")))));
        TestFixtures.World world = new TestFixtures.World(starter.opgaveId(), starter.providerId(), framework,
                collections.open(starter.opgaveId(), framework.id(), "Samenvatting", LocalDate.now().minusDays(1), null));
        long a = world.providerId();
        tell(world, a, "WK050501", TellerRole.CLIENT, new Answer.Triad("wat_hielp", 0.5, 0.5, 0), 0.25);
        tell(world, a, null, TellerRole.PROFESSIONAL, new Answer.Triad("wat_hielp", 0.1, 0.1, 0.8), 0.75);
        tell(world, null, "WK050501", TellerRole.CLIENT, new Answer.NotApplicable("wat_hielp"), 1.0);
        await().atMost(Duration.ofSeconds(15)).until(() ->
                queries.insights(StoryFilter.opgave(world.opgaveId()), List.of(), 0).total() == 3);

        List<StorySummary> perProvider = summaries.summarize(request(world, null, Grouping.PROVIDER, null));
        // ordered by key: "-" (no provider named) sorts before the ids
        assertThat(perProvider).extracting(StorySummary::key).containsExactly("-", String.valueOf(a));
        StorySummary ofA = perProvider.getLast();
        assertThat(ofA.stories()).isEqualTo(2);
        assertThat(ofA.triads().get("wat_hielp").answered()).isEqualTo(2);
        assertThat(ofA.triads().get("wat_hielp").a()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(ofA.triads().get("wat_hielp").c()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(ofA.dyads().get("regie").mean()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-6));
        // the same sums with every segment split over two threads and merged
        assertThat(summaries.summarize(request(world, null, Grouping.PROVIDER, null), 0)).isEqualTo(perProvider);
        assertThat(summaries.summarize(request(world, null, Grouping.MONTH, null), 0))
                .isEqualTo(summaries.summarize(request(world, null, Grouping.MONTH, null)));
        StorySummary none = perProvider.getFirst();
        assertThat(none.stories()).isEqualTo(1);
        assertThat(none.triads().get("wat_hielp").answered()).isZero();
        assertThat(none.triads().get("wat_hielp").a()).isNaN();
        assertThat(none.dyads().get("regie").mean()).isEqualTo(1.0);

        List<StorySummary> perDistrict = summaries.summarize(request(world, null, Grouping.DISTRICT, null));
        assertThat(perDistrict).extracting(StorySummary::key, StorySummary::stories)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", 1L), org.assertj.core.groups.Tuple.tuple("WK050501", 2L));

        List<StorySummary> clientsInDistrict = summaries.summarize(request(world, TellerRole.CLIENT, Grouping.MONTH, "WK050501"));
        assertThat(clientsInDistrict).hasSize(1);
        assertThat(clientsInDistrict.getFirst().key()).isEqualTo("2025-06");
        assertThat(clientsInDistrict.getFirst().stories()).isEqualTo(2);
        assertThat(clientsInDistrict.getFirst().dyads().get("regie").mean()).isCloseTo(0.625, org.assertj.core.data.Offset.offset(1e-6));
    }

    private static FrameworkDefinition.OptionDefinition option(String code) {
        return new FrameworkDefinition.OptionDefinition(code, new LocalizedText(code, code));
    }

    private static SummaryRequest request(TestFixtures.World world, TellerRole role, Grouping grouping, String district) {
        return new SummaryRequest(new StoryFilter(world.opgaveId(), null, role, null), district,
                Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), grouping,
                List.of("wat_hielp"), List.of("regie"));
    }

    private void tell(TestFixtures.World world, Long provider, String district, TellerRole role, Answer triad, double regie) {
        intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(), provider, district,
                role, "Samenvatting", "Een verhaal.", "nl", true, false, false,
                List.of(triad, new Answer.Dyad("regie", regie)), UUID.randomUUID(),
                Instant.parse("2025-06-15T12:00:00Z")));
    }
}
