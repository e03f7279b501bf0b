package nl.duiding.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.TestFixtures;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditQuery;

/** The retention job removes stories older than the configured period, from the database and the index, and audits it. */
@SpringBootTest(properties = "duiding.retention.stories=P5Y")
class RetentionTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    StoryIntake intake;
    @Autowired
    StoryRetention retention;
    @Autowired
    StoryQueries queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;

    @Test
    void storiesPastTheirRetentionAreRemovedEverywhere() {
        TestFixtures.World world = fixtures.world();
        UUID old = intake.submit(story(world, Instant.now().minus(6 * 366, ChronoUnit.DAYS))).storyId();
        UUID recent = intake.submit(story(world, Instant.now().minus(30, ChronoUnit.DAYS))).storyId();
        await().atMost(Duration.ofSeconds(10)).until(() -> indexed(world) == 2);

        assertThat(retention.enforce()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("select id from story where collection_id = ?", UUID.class, world.collection().id()))
                .containsExactly(recent);
        await().atMost(Duration.ofSeconds(10)).until(() -> indexed(world) == 1);
        assertThat(audit.search(new AuditQuery(null, "STORY", old.toString(), AuditAction.DELETE, null, null), 5))
                .singleElement().satisfies(e -> {
                    assertThat(e.details()).contains("retention");
                    assertThat(e.actor()).as("no person removed it").isEqualTo(AuditLog.SYSTEM);
                    assertThat(e.clientAddress()).isNull();
                });
    }

    private long indexed(TestFixtures.World world) {
        return queries.insights(StoryFilter.opgave(world.opgaveId()), List.of(), 0).total();
    }

    private static SubmitStory story(TestFixtures.World world, Instant at) {
        return new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(), null, null,
                TellerRole.CLIENT, "Oud of nieuw", "Een verhaal.", "nl", true, false, false,
                List.of(new Answer.Triad("wat_hielp", 0.2, 0.3, 0.5), new Answer.Dyad("regie", 0.5),
                        new Answer.Choice("thema", Set.of())), UUID.randomUUID(), at);
    }
}
