package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.TestFixtures;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * Issue 18: two outbox entries stayed {@code RESUBMITTED} for over twenty minutes, across a restart, and their
 * stories never reached the index. An entry whose redelivery died (stuck in {@code RESUBMITTED} or
 * {@code PROCESSING}) counts as failed once it is older than {@code spring.modulith.events.staleness.*} (the
 * staleness monitor marks it), and the outbox maintenance then delivers it again, without a restart.
 */
@SpringBootTest(properties = {"duiding.index.retry-interval=PT1H", // the test runs the retry itself
        "spring.modulith.events.staleness.check-interval=PT1S"})
class StaleOutboxTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    StoryIntake intake;
    @Autowired
    StoryIndex index;
    @Autowired
    OutboxMaintenance maintenance;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEntryStuckInResubmittedIsDeliveredAgainAndItsStoryIndexed() {
        assertStuckEntryIsRedelivered("RESUBMITTED");
    }

    @Test
    void anEntryStuckInProcessingIsDeliveredAgainAndItsStoryIndexed() {
        assertStuckEntryIsRedelivered("PROCESSING");
    }

    private void assertStuckEntryIsRedelivered(String status) {
        TestFixtures.World world = fixtures.world();
        UUID id = intake.submit(story(world)).storyId();
        await().atMost(Duration.ofSeconds(20)).until(() -> indexed(id) && open(id) == 0);

        // the state the outage left behind: the index lacks the story, its entry is stuck mid-delivery since long ago
        index.delete(id);
        int stuck = jdbc.update("""
                update event_publication set completion_date = null, status = ?, completion_attempts = 1,
                    publication_date = now() - interval '30 minutes', last_resubmission_date = now() - interval '20 minutes'
                where serialized_event like ?""", status, "%" + id + "%");
        assertThat(stuck).isOne();
        assertThat(indexed(id)).isFalse();

        await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(jdbc.queryForObject(
                "select status from event_publication where serialized_event like ?", String.class, "%" + id + "%")));
        maintenance.retry();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(indexed(id)).as("story back in the index").isTrue();
            assertThat(open(id)).as("outbox entry completed").isZero();
        });
    }

    private boolean indexed(UUID id) {
        return index.withSearcher(searcher -> searcher.count(new TermQuery(new Term(StoryFields.ID, id.toString())))) == 1;
    }

    private int open(UUID id) {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null and serialized_event like ?",
                Integer.class, "%" + id + "%");
    }

    private static SubmitStory story(TestFixtures.World world) {
        return new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(), world.providerId(), null,
                TellerRole.CLIENT, "Verhaal 4711", "Een verhaal over hulp die bleef hangen.", "nl", true, false, false,
                List.of(new Answer.Triad("wat_hielp", 0.2, 0.3, 0.5), new Answer.Dyad("regie", 0.5),
                        new Answer.Choice("thema", Set.of("thuis"))),
                UUID.randomUUID(), null);
    }
}
