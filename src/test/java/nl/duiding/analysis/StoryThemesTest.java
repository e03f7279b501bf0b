package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.duiding.TestFixtures;
import nl.duiding.analysis.ClusterReport.StoryCluster;
import nl.duiding.analysis.StoryInsights.StoryHit;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.story.TellerRole;

/** Key terms of a subset against the rest of its opgave, and clusters of similar stories, from the real index. */
@SpringBootTest
class StoryThemesTest {

    static final List<String> DEMO_LIKE = List.of(
            "Tijdens het keukentafelgesprek vroeg de consulent wat ik zelf nog wilde.",
            "Ik kreeg hulp bij het huishouden, twee ochtenden per week.",
            "Via de dagbesteding kwam ik weer onder de mensen.",
            "De buurvrouw ging af en toe mee naar de markt.",
            "Er werd een plan gemaakt om de schulden op te lossen.",
            "Het duurde lang voordat de aanvraag rond was.",
            "Een vrijwilliger van het buurthuis kwam een keer per week op bezoek.",
            "Zonder de mensen om ons heen was het niet gelukt.",
            "De hulpverlener heeft het verschil gemaakt.",
            "Nu gaat het een stuk beter.",
            "Het is nog steeds zwaar, maar er is iets veranderd.");

    @Autowired
    TestFixtures fixtures;
    @Autowired
    OpgaveCatalog catalog;
    @Autowired
    StoryThemes themes;
    @Autowired
    StoryQueries queries;

    /**
     * A corpus small enough to count by hand. Every story has the title "Verhaal" (one term). Provider A: six
     * stories "zwemles zwemles tuin markt" → 5 terms each, c = 30, zwemles a = 12. Provider B: six stories
     * "tuin markt school buurt" → d = 30, zwemles b = 0. E1 = E2 = 30·12/60 = 6, so
     * G² = 2(12·ln(12/6) + 0) = 24·ln 2 = 16.6355 and p = erfc(√(G²/2)) = 4.5294e-5. Four terms reach the
     * minimum frequency 5 in the subset (verhaal, zwemles, tuin, markt), so the bar is 0.05/4 = 0.0125, and
     * the other three (6 against 6: G² = 0) are not key.
     */
    @Test
    void keyTermsMatchTheHandCountedCorpus() {
        TestFixtures.World world = fixtures.world();
        long other = secondProvider();
        for (int i = 0; i < 6; i++) {
            tell(world, world.providerId(), "Verhaal", "zwemles zwemles tuin markt");
            tell(world, other, "Verhaal", "tuin markt school buurt");
        }
        awaitIndexed(world, 12);

        ThemeReport report = themes.themes(new StoryFilter(world.opgaveId(), world.providerId(), null, null), 5, 20);

        assertThat(report.subsetStories()).isEqualTo(6);
        assertThat(report.restStories()).isEqualTo(6);
        assertThat(report.subsetTokens()).isEqualTo(30);
        assertThat(report.restTokens()).isEqualTo(30);
        assertThat(report.tested()).isEqualTo(4);
        assertThat(report.themes()).hasSize(1);
        ThemeReport.Theme zwemles = report.themes().getFirst();
        assertThat(zwemles.word()).isEqualTo("zwemles");
        assertThat(zwemles.inSubset()).isEqualTo(12);
        assertThat(zwemles.inRest()).isZero();
        assertThat(zwemles.g2()).isCloseTo(16.635532, within(1e-5));
        assertThat(zwemles.p()).isCloseTo(4.5294e-5, within(1e-8));
    }

    @Test
    void aWordPlantedInTheSubsetComesOutOnTopWithItsReadableForm() {
        TestFixtures.World world = fixtures.world();
        long other = secondProvider();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 12; i++) {
            tell(world, world.providerId(), "Mijn verhaal", demoLike(random) + " De scootmobiel hielp. Met de scootmobiel kom ik weer overal.");
        }
        for (int i = 0; i < 30; i++) {
            tell(world, other, "Ons verhaal", demoLike(random));
        }
        awaitIndexed(world, 42);

        ThemeReport report = themes.themes(new StoryFilter(world.opgaveId(), world.providerId(), null, null), 5, 10);

        assertThat(report.themes()).isNotEmpty();
        assertThat(report.themes().getFirst().word()).isEqualTo("scootmobiel");
        assertThat(report.themes().getFirst().inSubset()).isEqualTo(24);
        assertThat(report.themes()).allSatisfy(t -> assertThat(t.logRatio()).isPositive());
        List<StoryHit> withIt = themes.storiesWithTerm(new StoryFilter(world.opgaveId(), null, null, null),
                report.themes().getFirst().term(), 50);
        assertThat(withIt).hasSize(12).allSatisfy(h -> assertThat(h.title()).isEqualTo("Mijn verhaal"));
        assertThat(withIt.getFirst().snippet()).anySatisfy(f -> {
            assertThat(f.match()).isTrue();
            assertThat(f.text()).isEqualTo("scootmobiel");
        });

        ThemeReport everything = themes.themes(StoryFilter.opgave(world.opgaveId()), 5, 10);
        assertThat(everything.noComparison()).isTrue();
        assertThat(everything.themes()).isEmpty();
    }

    @Test
    void aPlantedGroupOfStoriesLandsInAClusterLabelledWithItsTopic() {
        TestFixtures.World world = fixtures.world();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 40; i++) {
            tell(world, world.providerId(), "Een verhaal", demoLike(random));
        }
        for (int i = 0; i < 10; i++) {
            tell(world, world.providerId(), "Zwemles", "Onze zoon ging elke zaterdag naar zwemles in het zwembad. "
                    + demoLike(random) + " Na de zwemles in het zwembad was hij trots.");
        }
        awaitIndexed(world, 50);

        ClusterReport report = themes.clusters(StoryFilter.opgave(world.opgaveId()), 1000);

        assertThat(report.total()).isEqualTo(50);
        assertThat(report.clustered()).isEqualTo(50);
        assertThat(report.clusters()).hasSizeGreaterThan(1);
        StoryCluster swimming = report.clusters().stream().filter(c -> c.label().toLowerCase().contains("zwem"))
                .findFirst().orElseThrow(() -> new AssertionError("no swimming cluster in " + report.clusters().stream()
                        .map(StoryCluster::label).toList()));
        assertThat(swimming.stories()).extracting(StoryHit::title).filteredOn("Zwemles"::equals).hasSizeGreaterThanOrEqualTo(8);
        assertThat(report.cluster(swimming.label())).contains(swimming);
    }

    /** Issue 17: no placeholder or function word as a theme, labels in sentence case, each story in one theme. */
    @Test
    void themesHoldNoPlaceholdersNorFunctionWordsAndDoNotOverlap() {
        TestFixtures.World world = fixtures.world();
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 30; i++) {
            tell(world, world.providerId(), "Een verhaal", demoLike(random));
        }
        for (int i = 0; i < 10; i++) {
            tell(world, world.providerId(), "Bellen", "Ik belde 06-12345678 en de consulent belde terug. Het bellen hielp. "
                    + "We gingen lang praten en het gaat nu beter. " + demoLike(random));
        }
        awaitIndexed(world, 40);

        ClusterReport report = themes.clusters(StoryFilter.opgave(world.opgaveId()), 1000);
        List<String> labels = report.clusters().stream().map(StoryCluster::label).toList();
        assertThat(labels).isNotEmpty().allSatisfy(label -> {
            assertThat(label).doesNotContainIgnoringCase("telefoon").doesNotContain("[");
            assertThat(label).isEqualTo(StoryClusters.sentenceCase(label));
            assertThat(java.util.Arrays.stream(label.toLowerCase().split("[ ,]+")))
                    .as("a label of function words only: %s", label)
                    .isNotEmpty().anyMatch(w -> !StoryClusters.EXTRA_STOP_WORDS.contains(w));
        });
        List<String> placed = report.clusters().stream().flatMap(c -> c.stories().stream()).map(StoryHit::id).toList();
        assertThat(placed).as("each story in one theme only").doesNotHaveDuplicates();
        assertThat(StoryClusters.sentenceCase("Zwemles In Het Zwembad")).isEqualTo("Zwemles in het zwembad");
        assertThat(StoryClusters.sentenceCase("Hulp Van De GGD")).isEqualTo("Hulp van de GGD");
    }

    private static String demoLike(SplittableRandom random) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            body.append(DEMO_LIKE.get(random.nextInt(DEMO_LIKE.size()))).append(' ');
        }
        return body.toString().strip();
    }

    private long secondProvider() {
        return catalog.saveProvider(null, "Tweede " + UUID.randomUUID().toString().substring(0, 6),
                String.valueOf(30_000_000 + new SplittableRandom().nextInt(9_000_000)));
    }

    private void tell(TestFixtures.World world, long provider, String title, String body) {
        fixtures.tell(world, provider, TellerRole.CLIENT, title, body, 0.2, 0.3, 0.5);
    }

    private void awaitIndexed(TestFixtures.World world, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> queries.insights(StoryFilter.opgave(world.opgaveId()), List.of(), 0)
                .total() == count);
    }
}
