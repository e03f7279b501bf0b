package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.duiding.TestFixtures;
import nl.duiding.analysis.StoryInsights.Fragment;
import nl.duiding.analysis.StoryInsights.StoryHit;
import nl.duiding.story.TellerRole;

/** Search reads the domain synonym list: one word finds the stories that use another word for the same thing. */
@SpringBootTest
class SynonymSearchTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    StoryQueries queries;

    TestFixtures.World world;

    @BeforeEach
    void stories() {
        world = fixtures.world();
        tell("Langs het team", "Het wijkteam kwam elke week langs en dat hielp ons.");
        tell("Thuis", "Ik kreeg hulp bij het huishouden, twee ochtenden per week.");
        tell("Aan tafel", "Het keukentafelgesprek duurde een hele middag.");
        tell("Iets anders", "We gingen samen naar de markt.");
        await().atMost(Duration.ofSeconds(15)).until(() -> search(null).size() == 4);
    }

    @Test
    void aSynonymFindsTheStoryAndTheWordItMatchedIsMarked() {
        List<StoryHit> hits = search("buurtteam");
        assertThat(hits).extracting(StoryHit::title).containsExactly("Langs het team");
        assertThat(marked(hits.getFirst())).containsExactly("wijkteam");
        assertThat(search("buurtteams")).extracting(StoryHit::title).containsExactly("Langs het team");
    }

    @Test
    void multiWordSynonymsWorkInBothDirections() {
        assertThat(search("huishoudelijke hulp")).extracting(StoryHit::title).containsExactly("Thuis");
        assertThat(search("keukentafel gesprek")).extracting(StoryHit::title).containsExactly("Aan tafel");
        List<StoryHit> hits = search("\"sociaal wijkteam\"");
        assertThat(hits).extracting(StoryHit::title).containsExactly("Langs het team");
        assertThat(marked(hits.getFirst())).containsExactly("wijkteam");
    }

    @Test
    void aQuotedPhraseWithStopWordsStillMatchesAsWritten() {
        List<StoryHit> hits = search("\"hulp bij het huishouden\"");
        assertThat(hits).extracting(StoryHit::title).containsExactly("Thuis");
        assertThat(marked(hits.getFirst())).containsExactly("hulp bij het huishouden");
        assertThat(search("\"hulp bij de markt\"")).isEmpty();
    }

    private List<StoryHit> search(String text) {
        return queries.insights(new StoryFilter(world.opgaveId(), null, null, text), List.of(), 10).stories();
    }

    private static List<String> marked(StoryHit hit) {
        return hit.snippet().stream().filter(Fragment::match).map(Fragment::text).toList();
    }

    private void tell(String title, String body) {
        fixtures.tell(world, world.providerId(), TellerRole.CLIENT, title, body, 0.2, 0.3, 0.5);
    }
}
