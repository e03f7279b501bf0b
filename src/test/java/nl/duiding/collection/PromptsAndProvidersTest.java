package nl.duiding.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;
import nl.duiding.opgave.OpgaveCatalog;

/**
 * A link tied to one provider starts with that provider chosen; the teller may name more providers and
 * picks one of the collection's prompts for clients or professionals. Unknown values are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PromptsAndProvidersTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    Collections collections;
    @Autowired
    OpgaveCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    TestFixtures.World world;
    CollectionView collection;
    long secondProvider;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        secondProvider = catalog.saveProvider(null, "Tweede " + UUID.randomUUID().toString().substring(0, 6),
                String.valueOf(20_000_000 + (int) (Math.random() * 70_000_000)));
        collection = collections.open(world.opgaveId(), world.framework().id(), "Met vertelvragen",
                LocalDate.now().minusDays(1), null, world.providerId(), List.of(
                        new Prompt(false, "Vertel over een dag waarop de hulp verschil maakte.", "Tell about a day the help made a difference."),
                        new Prompt(false, "Vertel over een moment dat het niet lukte.", "Tell about a moment it did not work."),
                        new Prompt(true, "Vertel over een gezin waar je trots op bent.", "Tell about a family you are proud of.")));
    }

    @Test
    void theTellerPicksAPromptAndNamesSeveralProviders() {
        HttpSession teller = new HttpSession(port);
        Page form = teller.get(path());
        assertThat(form.document().select("#providerId option[selected]").val()).isEqualTo(Long.toString(world.providerId()));
        assertThat(form.document().select("input[name=prompt]")).hasSize(3);
        assertThat(form.document().select(".prompt-group-title").eachText())
                .containsExactly("Voor cli\u00ebnten, ouders en jongeren", "Voor professionals");

        List<Map.Entry<String, String>> fields = fields(form);
        fields.add(Map.entry("prompt", "2"));
        fields.add(Map.entry("otherProviders", Long.toString(secondProvider)));
        assertThat(teller.post(path(), fields).status()).isEqualTo(302);

        Map<String, Object> story = jdbc.queryForMap("select id, prompt, provider_id from story where collection_id = ?",
                collection.id());
        assertThat(story.get("prompt")).isEqualTo("Vertel over een gezin waar je trots op bent.");
        assertThat(story.get("provider_id")).isEqualTo(world.providerId());
        assertThat(jdbc.queryForList("select provider_id from story_provider where story_id = ? order by provider_id",
                Long.class, story.get("id"))).containsExactly(world.providerId(), secondProvider);
    }

    @Test
    void anUnknownPromptIsRefused() {
        HttpSession teller = new HttpSession(port);
        for (String bad : new String[] {"3", "-1", "een"}) {
            Page form = teller.get(path());
            List<Map.Entry<String, String>> fields = fields(form);
            fields.add(Map.entry("prompt", bad));
            Page page = teller.post(path(), fields);
            assertThat(page.status()).isEqualTo(422);
            assertThat(page.document().select("#veld-prompt").text()).contains("Kies een van de vragen uit de lijst.");
        }
        assertThat(stored()).isZero();
    }

    @Test
    void anUnknownOtherProviderIsRefused() {
        HttpSession teller = new HttpSession(port);
        for (String bad : new String[] {"999999999", "abc"}) {
            Page form = teller.get(path());
            List<Map.Entry<String, String>> fields = fields(form);
            fields.add(Map.entry("otherProviders", bad));
            Page page = teller.post(path(), fields);
            assertThat(page.status()).isEqualTo(422);
            assertThat(page.document().select("#veld-providerId").text()).contains("Deze aanbieder kennen we niet");
        }
        assertThat(stored()).isZero();
    }

    private List<Map.Entry<String, String>> fields(Page form) {
        return new ArrayList<>(List.of(Map.entry("formToken", form.formToken()),
                Map.entry("idempotencyKey", form.document().select("input[name=idempotencyKey]").attr("value")),
                Map.entry("role", "PROFESSIONAL"), Map.entry("title", "Trots"), Map.entry("body", "Een verhaal."),
                Map.entry("providerId", Long.toString(world.providerId())),
                Map.entry("triad.wat_hielp.a", "20"), Map.entry("triad.wat_hielp.b", "30"),
                Map.entry("triad.wat_hielp.c", "50"), Map.entry("dyad.regie", "40"),
                Map.entry("consentAnalysis", "true")));
    }

    private String path() {
        return "/vertel/" + collection.token();
    }

    private int stored() {
        Integer count = jdbc.queryForObject("select count(*) from story where collection_id = ?", Integer.class,
                collection.id());
        return count == null ? 0 : count;
    }
}
