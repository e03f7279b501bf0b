package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.duiding.TestFixtures;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * Counts stay correct for the other dimensions while one is filtered: filtering on a provider keeps the other
 * providers in the provider facet (sideways), while the role facet follows the filter.
 */
@SpringBootTest
class DrillSidewaysTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    OpgaveCatalog catalog;
    @Autowired
    StoryIntake intake;
    @Autowired
    StoryQueries queries;

    @Test
    void filteringOnAProviderKeepsTheOtherProvidersCountedSideways() {
        TestFixtures.World world = fixtures.world();
        long a = world.providerId();
        long b = catalog.saveProvider(null, "Tweede " + UUID.randomUUID().toString().substring(0, 6),
                String.valueOf(30_000_000 + (int) (Math.random() * 9_000_000)));
        tell(world, a, TellerRole.CLIENT, 3);
        tell(world, a, TellerRole.PROFESSIONAL, 1);
        tell(world, b, TellerRole.CLIENT, 2);
        await().atMost(Duration.ofSeconds(15)).until(() -> queries.insights(StoryFilter.opgave(world.opgaveId()), List.of(), 0)
                .total() == 6);

        StoryInsights onA = queries.insights(new StoryFilter(world.opgaveId(), a, null, null), List.of("wat_hielp"), 10);
        assertThat(onA.total()).isEqualTo(4);
        FacetCounts facetsOnA = queries.facets(new StoryFilter(world.opgaveId(), a, null, null));
        assertThat(facetsOnA.providers()).containsEntry(String.valueOf(a), 4L).containsEntry(String.valueOf(b), 2L);
        assertThat(facetsOnA.roles()).containsEntry("CLIENT", 3L).containsEntry("PROFESSIONAL", 1L);
        assertThat(onA.triads().get("wat_hielp")).hasSize(4);
        assertThat(onA.stories()).hasSize(4);

        StoryInsights onAClients = queries.insights(new StoryFilter(world.opgaveId(), a, TellerRole.CLIENT, null), List.of(), 10);
        assertThat(onAClients.total()).isEqualTo(3);
        FacetCounts facetsOnAClients = queries.facets(new StoryFilter(world.opgaveId(), a, TellerRole.CLIENT, null));
        assertThat(facetsOnAClients.providers()).containsEntry(String.valueOf(a), 3L).containsEntry(String.valueOf(b), 2L);
        assertThat(facetsOnAClients.roles()).containsEntry("CLIENT", 3L).containsEntry("PROFESSIONAL", 1L);

        // the dashboard's overview computes the same three parts in parallel on one searcher
        StoryFilter aClients = new StoryFilter(world.opgaveId(), a, TellerRole.CLIENT, null);
        StoryOverview overview = queries.overview(aClients, 10);
        assertThat(overview.facets()).isEqualTo(facetsOnAClients);
        assertThat(overview.insights().total()).isEqualTo(3);
        assertThat(overview.insights().stories()).extracting(StoryInsights.StoryHit::id)
                .containsExactlyElementsOf(onAClients.stories().stream().map(StoryInsights.StoryHit::id).toList());
        assertThat(overview.aggregates()).isEqualTo(queries.aggregates(aClients));
        assertThat(overview.aggregates().total()).isEqualTo(3);
        assertThat(overview.aggregates().triads().get("wat_hielp").n()).isEqualTo(3);
        assertThat(overview.aggregates().triads().get("wat_hielp").mean().c()).isCloseTo(0.5, within(1e-6));
        assertThat(overview.aggregates().dyads().get("regie").n()).isEqualTo(3);
        for (StoryFilter other : List.of(StoryFilter.opgave(world.opgaveId()), new StoryFilter(world.opgaveId(), b, null, null),
                StoryFilter.opgave(world.opgaveId()).withChoice("thema", "thuis"))) {
            StoryOverview both = queries.overview(other, 10);
            assertThat(both.facets()).as(other.toString()).isEqualTo(queries.facets(other));
            assertThat(both.aggregates()).as(other.toString()).isEqualTo(queries.aggregates(other));
            assertThat(both.aggregates().choices()).as(other.toString()).containsEntry("thema", java.util.Map.of("thuis", 2L));
        }
    }

    private void tell(TestFixtures.World world, long provider, TellerRole role, int times) {
        for (int i = 0; i < times; i++) {
            intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(), provider, null,
                    role, "Zijwaarts " + i, "Een verhaal.", "nl", true, false, false,
                    List.of(new Answer.Triad("wat_hielp", 0.2, 0.3, 0.5), new Answer.Dyad("regie", 0.5),
                            new Answer.Choice("thema", provider == world.providerId() ? Set.of() : Set.of("thuis"))),
                    UUID.randomUUID(), null));
        }
    }
}
