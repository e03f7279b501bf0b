package nl.duiding.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.TestFixtures;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryArchive;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/** A report's story digest names the set of stories, not the order PostgreSQL happens to keep their rows in. */
@SpringBootTest
class ReportDigestTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    StoryIntake intake;
    @Autowired
    StoryArchive archive;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rewritingRowsPhysicallyKeepsTheDigest() {
        TestFixtures.World world = fixtures.world();
        Instant sameMoment = Instant.now().minusSeconds(60); // as imported or generated stories can share one
        for (int i = 0; i < 12; i++) {
            intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(),
                    world.providerId(), "WK050501", TellerRole.CLIENT, "Verhaal " + i, "Wat er gebeurde, deel " + i + ".",
                    "nl", true, true, true, List.of(new Answer.Triad("wat_hielp", (i % 10) / 10.0, (10 - i % 10) / 10.0, 0), new Answer.Dyad("regie", 0.2)),
                    UUID.randomUUID(), sameMoment));
        }
        LocalDate today = LocalDate.now(ReportScope.ZONE);
        ReportScope scope = new ReportScope(world.opgaveId(), null, null, today.minusDays(7), today);
        WarmData before = WarmData.of(archive, scope);

        // an update writes a new row version further on in the heap, and VACUUM FULL rewrites the table and its
        // indexes in that new physical order: equal keys now come back in another order than they were written
        jdbc.update("""
                update story set title = title where id in (
                    select id from story where opgave_id = ? order by id limit 6)""", world.opgaveId());
        jdbc.update("update story_answer set a = a where story_id in (select id from story where opgave_id = ?)",
                world.opgaveId());
        jdbc.execute("vacuum full story");
        jdbc.execute("vacuum full story_answer");
        WarmData after = WarmData.of(archive, scope);

        assertThat(after.total).isEqualTo(12);
        assertThat(after.storyDigest()).isEqualTo(before.storyDigest());
        assertThat(after.consentedToQuote).containsExactlyElementsOf(before.consentedToQuote);
        // the triad figures (count, mean, region, cells, zones) come out bit for bit the same
        assertThat(after.triads.get("wat_hielp").result()).usingRecursiveComparison()
                .isEqualTo(before.triads.get("wat_hielp").result());
    }
}
