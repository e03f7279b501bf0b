package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

import nl.duiding.TellingModuleTest;
import nl.duiding.TestFixtures;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.StoryRemoved;
import nl.duiding.story.SubmissionResult;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * The analysis module with the modules it depends on: the story module's events are all it needs to keep the index
 * a projection of the stories. A told story is searchable once its {@code StorySubmitted} is delivered; a
 * {@code StoryRemoved} takes it out again.
 */
@TellingModuleTest
class IndexEventsModuleTest {

    @Autowired
    StoryIntake intake;
    @Autowired
    StoryQueries queries;
    @Autowired
    TestFixtures fixtures;

    @Test
    void theIndexFollowsTheStoryEvents(Scenario scenario) {
        TestFixtures.World world = fixtures.world();
        StoryFilter filter = StoryFilter.opgave(world.opgaveId());
        SubmissionResult[] told = new SubmissionResult[1];
        scenario.stimulate(() -> told[0] = intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(),
                        world.framework().id(), world.providerId(), null, TellerRole.CLIENT, "Geindexeerd",
                        "De moduletest vertelt over de buurtsportcoach.", "nl", true, false, false,
                        List.of(new Answer.Triad("wat_hielp", 0.2, 0.3, 0.5), new Answer.Dyad("regie", 0.5)),
                        UUID.randomUUID(), Instant.now().minusSeconds(60))))
                .andWaitForStateChange(() -> queries.insights(filter, List.of(), 10).total(), total -> total == 1)
                .andVerify(total -> assertThat(queries.insights(filter, List.of(), 10).stories()).singleElement()
                        .satisfies(story -> assertThat(story.id()).isEqualTo(told[0].storyId().toString())));

        scenario.publish(new StoryRemoved(told[0].storyId(), StoryRemoved.Reason.RETENTION))
                .andWaitForStateChange(() -> queries.insights(filter, List.of(), 10).total(), total -> total == 0)
                .andVerify(total -> assertThat(total).isZero());
    }
}
