package nl.duiding.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

import nl.duiding.TellingModuleTest;
import nl.duiding.TestFixtures;

/**
 * The story module on its own (with the modules it needs and those that make a collection to tell in): a told story
 * is announced as {@link StorySubmitted}, a withdrawal as {@link StoryRemoved}, each carrying the story's id. These
 * events are the module's whole contract with the index, the dialogues and the reports.
 */
@TellingModuleTest
class StoryEventsModuleTest {

    @Autowired
    StoryIntake intake;
    @Autowired
    TestFixtures fixtures;

    @Test
    void aToldStoryIsAnnouncedAndItsWithdrawalToo(Scenario scenario) {
        TestFixtures.World world = fixtures.world();
        SubmitStory story = new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(),
                world.providerId(), null, TellerRole.CLIENT, "Een module", "Het ging goed met de hulp.", "nl", true, false,
                true, List.of(new Answer.Triad("wat_hielp", 0.2, 0.3, 0.5), new Answer.Dyad("regie", 0.5),
                        new Answer.Choice("thema", Set.of())), UUID.randomUUID(), null);
        SubmissionResult[] told = new SubmissionResult[1];
        scenario.stimulate(() -> told[0] = intake.submit(story))
                .andWaitForEventOfType(StorySubmitted.class)
                .matching(event -> event.opgaveId() == world.opgaveId())
                .toArriveAndVerify(event -> assertThat(event.storyId()).isEqualTo(told[0].storyId()));
        String receipt = told[0].receiptCode().orElseThrow();
        scenario.stimulate(() -> intake.withdraw(receipt))
                .andWaitForEventOfType(StoryRemoved.class)
                .matching(event -> event.storyId().equals(told[0].storyId()))
                .toArriveAndVerify(event -> assertThat(event.reason()).isEqualTo(StoryRemoved.Reason.WITHDRAWN));
    }
}
