package nl.duiding.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * The report module with the modules it depends on: a {@code StoryRemoved} event alone (published here, not by a
 * withdrawal) takes the quote out of a draft report. The whole withdrawal, through the receipt code, is in
 * {@link ReportWithdrawalTest}.
 */
@TellingModuleTest
class QuoteEventsModuleTest {

    @Autowired
    StoryIntake intake;
    @Autowired
    CouncilReports reports;
    @Autowired
    TestFixtures fixtures;

    @Test
    void aRemovedStoryLeavesTheDraftThatQuotedIt(Scenario scenario) {
        TestFixtures.World world = fixtures.world();
        List<UUID> told = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            told.add(intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(),
                    world.providerId(), "WK050501", TellerRole.PROFESSIONAL, "Verhaal " + i, "Wat er gebeurde, deel " + i
                    + ".", "nl", true, true, true, List.of(new Answer.Triad("wat_hielp", 1, 0, 0),
                    new Answer.Dyad("regie", 0.2)), UUID.randomUUID(), Instant.now().minusSeconds(60))).storyId());
        }
        LocalDate today = LocalDate.now(ReportScope.ZONE);
        long draft = reports.create(new ReportScope(world.opgaveId(), null, null, today.minusDays(7), today), "Module",
                "test");
        // a quote is offered once the ten stories are in the index
        await().atMost(Duration.ofSeconds(30)).until(() -> !reports.candidates(reports.find(draft).orElseThrow()).isEmpty());
        assertThat(reports.addQuote(draft, told.getFirst(), "Het citaat van de moduletest")).isTrue();

        scenario.publish(new StoryRemoved(told.getFirst(), StoryRemoved.Reason.WITHDRAWN))
                .andWaitForStateChange(() -> reports.find(draft).orElseThrow().quotes(), List::isEmpty)
                .andVerify(quotes -> assertThat(quotes).isEmpty());
    }
}
