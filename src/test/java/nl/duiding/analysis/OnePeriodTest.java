package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.duiding.TestFixtures;
import nl.duiding.platform.Period;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * A story told on 1 February at 00:30 in Dordrecht is a February story on every page: the index counted UTC
 * months (31 January, 23:30) while reports counted Europe/Amsterdam days (issue 15).
 */
@SpringBootTest
class OnePeriodTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    StoryIntake intake;
    @Autowired
    StoryQueries queries;

    @Test
    void justAfterMidnightOnTheFirstIsTheNewMonthEverywhere() {
        TestFixtures.World world = fixtures.world();
        Instant halfPastMidnight = Instant.parse("2026-01-31T23:30:00Z"); // 1 February 2026, 00:30 in Amsterdam
        intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(),
                world.providerId(), "WK050501", TellerRole.CLIENT, "Net na middernacht", "Wat er die nacht gebeurde.",
                "nl", true, true, true, List.of(new Answer.Triad("wat_hielp", 0.5, 0.5, 0), new Answer.Dyad("regie", 0.2)),
                UUID.randomUUID(), halfPastMidnight));
        StoryFilter opgave = StoryFilter.opgave(world.opgaveId());
        await().atMost(Duration.ofSeconds(20)).until(() -> queries.facets(opgave).total() == 1);

        assertThat(Period.monthOf(halfPastMidnight)).isEqualTo(YearMonth.of(2026, 2));
        assertThat(queries.facets(opgave).months()).containsOnlyKeys("2026-02");
        YearMonth february = YearMonth.of(2026, 2);
        YearMonth january = YearMonth.of(2026, 1);
        assertThat(queries.facets(opgave.withPeriod(february, february)).total()).isEqualTo(1);
        assertThat(queries.facets(opgave.withPeriod(january, january)).total()).isZero();
        assertThat(Period.of(february, february).contains(halfPastMidnight)).isTrue();
    }
}
