package nl.duiding.dialogue;

import static nl.duiding.dialogue.DialogueHttp.post;
import static nl.duiding.dialogue.DialogueHttp.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.HttpSession;
import nl.duiding.TestFixtures;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * The attacker is an invited provider user reading a triad chart the municipality pinned about them (issue 13:
 * providers are outside the municipality, so what a dialogue shows them follows the disclosure policy, with the
 * default minimum of 10 tellers). Fourteen of the provider's shared stories, one of them alone in its corner: the
 * pinned chart shows the mean, the region and cells of at least ten, and no zone count that reveals a group of 1 to
 * 9 tellers. A chart on fewer than ten answers is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "duiding.pseudonym.secret=test-only-pseudonym-secret-2026")
class DialoguePinDisclosureTest {

    @LocalServerPort
    int port;
    @Autowired
    DialogueScene scenes;
    @Autowired
    StoryIntake intake;
    @Autowired
    StoryQueries queries;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aProviderReadsNoSmallGroupInAPinnedChart() {
        DialogueScene.Scene scene = scenes.create(); // the provider has 2 shared stories, the other provider 1
        TestFixtures.World world = scene.world();
        for (int i = 0; i < 11; i++) {
            tell(world, scene.providerId(), 0.8, 0.1, 0.1);
        }
        tell(world, scene.providerId(), 0.05, 0.05, 0.9); // the one teller alone in corner C
        await().atMost(Duration.ofSeconds(30)).until(() ->
                queries.insights(StoryFilter.opgave(world.opgaveId()), List.of(), 0).total() == 16);
        HttpSession officer = signedIn(port, TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        long dialogue = DialogueHttp.create(officer, world.opgaveId(), "Dialoog met de aanbieder");
        assertThat(post(officer, "/dialogen/" + dialogue + "/deelnemers", Map.entry("username", scene.providerUser()))
                .status()).isEqualTo(302);
        assertThat(post(officer, "/dialogen/" + dialogue + "/materiaal", Map.entry("kind", "TRIAD_CHART"),
                Map.entry("triad", "wat_hielp"), Map.entry("provider", String.valueOf(scene.providerId()))).status())
                .isEqualTo(302);
        // the other provider has one shared story: a chart on it is refused, nothing is pinned
        post(officer, "/dialogen/" + dialogue + "/materiaal", Map.entry("kind", "TRIAD_CHART"),
                Map.entry("triad", "wat_hielp"), Map.entry("provider", String.valueOf(scene.otherProviderId())));
        assertThat(jdbc.queryForObject("select count(*) from dialogue_material where dialogue_id = ?", Integer.class,
                dialogue)).isEqualTo(1);

        HttpSession provider = signedIn(port, scene.providerUser(), DialogueScene.PASSWORD);
        Document page = provider.get("/dialogen/" + dialogue).document();
        // 14 answers, shown as the disclosure policy writes a count (rounded to 5)
        assertThat(page.select("li.kind-TRIAD_CHART .answers").text()).isEqualTo("15");
        List<String> zoneCounts = page.select("li.kind-TRIAD_CHART table.zones td.num").eachText();
        assertThat(zoneCounts).as("zone counts the provider reads: hidden, none, or rounded to 5 from ten on").isNotEmpty()
                .allSatisfy(count -> assertThat(count).as("a zone count").matches("–|0|[1-9][0-9]*[05]"));
        assertThat(zoneCounts).as("the hidden zones say so").contains("–");
        long shown = zoneCounts.stream().filter(c -> !c.equals("–")).mapToLong(Long::parseLong).sum();
        assertThat(14 - shown).as("the total minus the shown zones").satisfiesAnyOf(
                hidden -> assertThat(hidden).isZero(), hidden -> assertThat(hidden).isGreaterThanOrEqualTo(10));
        assertThat(page.select("li.kind-TRIAD_CHART table.density td.num").eachText())
                .allSatisfy(count -> assertThat(count).matches("[1-9][0-9]*[05]"));
        String svg = new String(provider.download(page.select("li.kind-TRIAD_CHART img.frozen-svg").attr("src")).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(svg).as("the pinned image").contains("<svg").doesNotContain("<circle").doesNotContain("14 antwoorden");
    }

    /**
     * The same attacker reads cold figures the municipality pinned for the whole opgave: two clients declared for in
     * March. Before, the provider read the exact "2" clients, the exact amount per client and March's exact amount
     * and clients; now the figures are the report's: clients "&lt; 8", no amount per client below ten clients, a
     * month of fewer than ten clients hidden in the table and drawn without a dot, amounts to three digits.
     */
    @Test
    void aProviderReadsNoSmallGroupInPinnedColdFigures() {
        DialogueScene.Scene scene = scenes.create();
        scenes.declare(scene); // two clients of the provider, € 175,00 each, in March
        HttpSession officer = signedIn(port, TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        long dialogue = DialogueHttp.create(officer, scene.world().opgaveId(), "Dialoog over de cijfers");
        assertThat(post(officer, "/dialogen/" + dialogue + "/deelnemers", Map.entry("username", scene.providerUser()))
                .status()).isEqualTo(302);
        assertThat(DialogueHttp.pin(officer, dialogue, "COLD_FIGURES", Map.entry("district", "")).status()).isEqualTo(302);

        HttpSession provider = signedIn(port, scene.providerUser(), DialogueScene.PASSWORD);
        Document page = provider.get("/dialogen/" + dialogue).document();
        org.jsoup.nodes.Element figures = page.selectFirst("li.kind-COLD_FIGURES");
        assertThat(figures).as("the pinned figures are shown to the provider").isNotNull();
        assertThat(figures.select(".clients").text()).isEqualTo("< 8");
        assertThat(figures.select(".amount").text()).contains("350,00");
        assertThat(figures.select(".per-client").text()).isEqualTo("–");
        List<String> march = figures.select("details tr:has(th:containsOwn(-03)) td").eachText();
        assertThat(march).as("March in the table per month").containsExactly("–", "< 8");
        String svg = new String(provider.download(figures.select("img.frozen-svg").attr("src")).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(svg).as("the pinned trend").contains("<svg").doesNotContain("<circle").doesNotContain("350,00")
                .doesNotContain("175,00");
    }

    private void tell(TestFixtures.World world, long provider, double a, double b, double c) {
        intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(), provider, null,
                TellerRole.CLIENT, "Een verhaal", "Wat de hulp deed.", "nl", true, true, true,
                List.of(new Answer.Triad("wat_hielp", a, b, c), new Answer.Dyad("regie", 0.5),
                        new Answer.Choice("thema", Set.of())), UUID.randomUUID(), null));
    }
}
