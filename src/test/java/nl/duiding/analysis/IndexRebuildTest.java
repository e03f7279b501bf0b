package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import nl.duiding.DuidingApplication;
import nl.duiding.TestFixtures;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryArchive;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/** PostgreSQL is the truth: delete the index directory, restart, and the index comes back with the same counts. */
class IndexRebuildTest {

    @TempDir
    Path indexDir;

    @Test
    void deletingTheIndexDirectoryAndRestartingRebuildsItWithTheSameCounts() throws Exception {
        long opgaveId;
        StoryInsights before;
        FacetCounts facetsBefore;
        long storedBefore;
        try (ConfigurableApplicationContext first = start()) {
            TestFixtures.World world = first.getBean(TestFixtures.class).world();
            opgaveId = world.opgaveId();
            StoryIntake intake = first.getBean(StoryIntake.class);
            for (int i = 0; i < 25; i++) {
                intake.submit(story(world, i));
            }
            StoryArchive archive = first.getBean(StoryArchive.class);
            IndexMaintenance maintenance = first.getBean(IndexMaintenance.class);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> maintenance.indexedCount() == archive.countAnalysable());
            storedBefore = archive.countAnalysable();
            before = first.getBean(StoryQueries.class).insights(StoryFilter.opgave(opgaveId), List.of("wat_hielp"), 0);
            facetsBefore = first.getBean(StoryQueries.class).facets(StoryFilter.opgave(opgaveId));
        }
        assertThat(before.total()).isEqualTo(25);

        FileSystemUtils.deleteRecursively(indexDir);
        assertThat(Files.exists(indexDir)).isFalse();

        try (ConfigurableApplicationContext second = start()) {
            IndexMaintenance maintenance = second.getBean(IndexMaintenance.class);
            assertThat(maintenance.indexedCount()).isEqualTo(storedBefore);
            StoryInsights after = second.getBean(StoryQueries.class)
                    .insights(StoryFilter.opgave(opgaveId), List.of("wat_hielp"), 0);
            assertThat(after.total()).isEqualTo(before.total());
            FacetCounts facetsAfter = second.getBean(StoryQueries.class).facets(StoryFilter.opgave(opgaveId));
            assertThat(facetsAfter.providers()).isEqualTo(facetsBefore.providers());
            assertThat(facetsAfter.roles()).isEqualTo(facetsBefore.roles());
            assertThat(after.triads().get("wat_hielp")).hasSameElementsAs(before.triads().get("wat_hielp"));
        }
    }

    /**
     * The command-line option: a story changed behind the index's back (same count, so the start-up check sees
     * nothing wrong) is searchable only after a start with {@code --duiding.index.rebuild=true}.
     */
    @Test
    void theRebuildOptionRebuildsAtStartUpEvenWhenTheCountsAgree() {
        long opgaveId;
        try (ConfigurableApplicationContext first = start()) {
            TestFixtures.World world = first.getBean(TestFixtures.class).world();
            opgaveId = world.opgaveId();
            StoryIntake intake = first.getBean(StoryIntake.class);
            for (int i = 0; i < 5; i++) {
                intake.submit(story(world, i));
            }
            StoryArchive archive = first.getBean(StoryArchive.class);
            IndexMaintenance maintenance = first.getBean(IndexMaintenance.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> maintenance.indexedCount() == archive.countAnalysable());
            first.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update(
                    "update story set body = 'Een wonderlijke kangoeroe' where opgave_id = ? and title = 'Verhaal 3'", opgaveId);
        }
        StoryFilter kangaroo = new StoryFilter(opgaveId, null, null, "kangoeroe");
        try (ConfigurableApplicationContext plain = start()) {
            assertThat(plain.getBean(StoryQueries.class).insights(kangaroo, List.of(), 5).total()).isZero();
        }
        try (ConfigurableApplicationContext rebuilt = start("--duiding.index.rebuild=true")) {
            assertThat(rebuilt.getBean(StoryQueries.class).insights(kangaroo, List.of(), 5).total()).isEqualTo(1);
            assertThat(rebuilt.getBean(IndexMaintenance.class).rebuildStatus().everRan()).isTrue();
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--duiding.test.keep-index-directory=true",
                "--duiding.index.directory=" + indexDir));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(DuidingApplication.class).run(args.toArray(String[]::new));
    }

    private static SubmitStory story(TestFixtures.World world, int i) {
        double a = (i % 5) / 10.0;
        return new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(),
                i % 3 == 0 ? null : world.providerId(), null, i % 2 == 0 ? TellerRole.CLIENT : TellerRole.PROFESSIONAL,
                "Verhaal " + i, "Een verhaal over hulp nummer " + i, "nl", true, false, false,
                List.of(new Answer.Triad("wat_hielp", a, 0.5, 0.5 - a), new Answer.Dyad("regie", 0.5),
                        new Answer.Choice("thema", Set.of("thuis"))),
                UUID.randomUUID(), null);
    }
}
