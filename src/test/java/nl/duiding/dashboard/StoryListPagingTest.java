package nl.duiding.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.story.TellerRole;

/** Issue 17: the opgave dashboard's story list says "1–50 van 53" and pages to the rest, each story once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoryListPagingTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    StoryQueries queries;

    @Test
    void theListSaysHowManyThereAreAndPagesThroughAllOfThem() {
        TestFixtures.World world = fixtures.world();
        for (int i = 0; i < 53; i++) {
            fixtures.tell(world, world.providerId(), TellerRole.CLIENT, "Verhaal " + i, "Het ging beter met de hulp thuis.",
                    0.5, 0.3, 0.2);
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> queries.insights(StoryFilter.opgave(world.opgaveId()), List.of(), 0).total() == 53);
        HttpSession officer = new HttpSession(port);
        officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        String dashboard = "/dashboard/opgave/" + world.opgaveId();

        Page first = officer.get(dashboard);
        assertThat(first.document().select("#story-range").text()).isEqualTo("Verhalen 1–50 van 53");
        assertThat(first.document().select("#story-list > li")).hasSize(50);
        assertThat(first.document().select(".pager a[rel=prev]")).isEmpty();
        assertThat(first.document().select(".pager span").text()).isEqualTo("Pagina 1 van 2");
        String next = first.document().select(".pager a[rel=next]").attr("href");
        assertThat(next).isEqualTo(dashboard + "?pagina=2");

        Page second = officer.get(next);
        assertThat(second.document().select("#story-range").text()).isEqualTo("Verhalen 51–53 van 53");
        assertThat(second.document().select("#story-list > li")).hasSize(3);
        assertThat(second.document().select(".pager a[rel=next]")).isEmpty();
        Set<String> titles = new HashSet<>();
        first.document().select("#story-list h3").forEach(h -> titles.add(h.text()));
        second.document().select("#story-list h3").forEach(h -> titles.add(h.text()));
        assertThat(titles).as("every story once over both pages").hasSize(53);

        assertThat(officer.get(dashboard + "?pagina=99").document().select("#story-range").text())
                .as("past the end: the last page").isEqualTo("Verhalen 51–53 van 53");
        assertThat(officer.get(dashboard + "?pagina=abc").document().select("#story-range").text())
                .isEqualTo("Verhalen 1–50 van 53");
        assertThat(officer.get(dashboard + "?pagina=2&role=CLIENT").document().select(".pager a[rel=prev]").attr("href"))
                .as("paging keeps the filter, in its current name").isEqualTo(dashboard + "?rol=CLIENT&pagina=1");
    }

    @Test
    void pagingStopsWhereTheIndexWouldSortTooMuch() {
        assertThat(StoryPage.of(500, 50, 1_000_000, 50).page()).isEqualTo(201);
        assertThat(StoryPage.of(500, 50, 1_000_000, 50).capped()).isTrue();
        assertThat(StoryPage.offset(500, 50)).isEqualTo(StoryPage.MAX_OFFSET);
        assertThat(StoryPage.of(2, 50, 53, 3).capped()).isFalse();
    }
}
