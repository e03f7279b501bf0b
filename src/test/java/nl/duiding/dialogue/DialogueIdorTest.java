package nl.duiding.dialogue;

import static nl.duiding.dialogue.DialogueHttp.pin;
import static nl.duiding.dialogue.DialogueHttp.post;
import static nl.duiding.dialogue.DialogueHttp.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;

/**
 * A provider user sees and pins only material about their own provider, and only in dialogues they are invited
 * to: through the page and through direct GETs and POSTs with other ids (IDOR). The griffie only observes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"duiding.pseudonym.secret=test-only-pseudonym-secret-2026", "duiding.disclosure.min-tellers=1"})
class DialogueIdorTest {

    @LocalServerPort
    int port;
    @Autowired
    DialogueScene scenes;
    @Autowired
    JdbcTemplate jdbc;

    DialogueScene.Scene scene;
    HttpSession officer;
    HttpSession provider;
    long dialogue;

    @BeforeEach
    void setUp() {
        scene = scenes.create();
        officer = signedIn(port, TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        provider = signedIn(port, scene.providerUser(), DialogueScene.PASSWORD);
        dialogue = DialogueHttp.create(officer, scene.world().opgaveId(), "Voorjaarsdialoog");
        assertThat(pin(officer, dialogue, "TRIAD_CHART", Map.entry("triad", "wat_hielp")).status()).isEqualTo(302);
        post(officer, "/dialogen/" + dialogue + "/materiaal", Map.entry("kind", "TRIAD_CHART"), Map.entry("triad", "wat_hielp"),
                Map.entry("provider", String.valueOf(scene.otherProviderId())));
        pin(officer, dialogue, "STORY", Map.entry("story", scene.sharedStory().toString()));
        pin(officer, dialogue, "STORY", Map.entry("story", scene.otherProvidersStory().toString()));
        pin(officer, dialogue, "COLD_FIGURES", Map.entry("provider", String.valueOf(scene.otherProviderId())));
        assertThat(materialCount()).isEqualTo(5);
    }

    @Test
    void aRemovedParticipantLosesTheDialogueAtOnceAndOnlyAPolicyOfficerRemoves() {
        post(officer, "/dialogen/" + dialogue + "/deelnemers", Map.entry("username", scene.providerUser()));
        assertThat(provider.get("/dialogen/" + dialogue).status()).isEqualTo(200);
        assertThat(post(provider, "/dialogen/" + dialogue + "/deelnemers/verwijderen", Map.entry("username", TestFixtures.OFFICER))
                .status()).isEqualTo(403);

        assertThat(post(officer, "/dialogen/" + dialogue + "/deelnemers/verwijderen", Map.entry("username", scene.providerUser()))
                .status()).isEqualTo(302);
        assertThat(provider.get("/dialogen/" + dialogue).status()).isEqualTo(403);
        assertThat(provider.get("/dialogen/" + dialogue + "/materiaal/" + itemAbout(scene.providerId(), "STORY") + "/svg").status())
                .isEqualTo(403);
        assertThat(officer.get("/dialogen/" + dialogue).document().select("#participants li").text())
                .doesNotContain(scene.providerUser());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'DIALOGUE' and object_id = ? "
                + "and details = ?", Integer.class, String.valueOf(dialogue), "uninvited=" + scene.providerUser())).isEqualTo(1);

        // whoever made the dialogue stays in it, and the page says why
        post(officer, "/dialogen/" + dialogue + "/deelnemers/verwijderen", Map.entry("username", TestFixtures.OFFICER));
        assertThat(jdbc.queryForObject("select count(*) from dialogue_participant where dialogue_id = ? and username = ?",
                Integer.class, dialogue, TestFixtures.OFFICER)).isEqualTo(1);
        assertThat(officer.get("/dialogen/" + dialogue).document().select("#error").text()).contains("blijft deelnemer");
    }

    @Test
    void aProviderWhoIsNotInvitedSeesNothing() {
        assertThat(provider.get("/dialogen/" + dialogue).status()).isEqualTo(403);
        assertThat(provider.get("/dialogen").document().select("#dialogue-list a").eachText()).doesNotContain("Voorjaarsdialoog");
        assertThat(provider.get("/dialogen/" + dialogue + "/materiaal/" + itemAbout(scene.providerId(), "STORY") + "/svg").status())
                .isEqualTo(403);
        assertThat(pin(provider, dialogue, "STORY", Map.entry("story", scene.sharedStory().toString())).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and object_type = 'DIALOGUE' "
                + "and result = 'DENIED'", Integer.class, scene.providerUser())).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anInvitedProviderSeesOnlyMaterialAboutItsOwnProviderAndTheWholeOpgave() {
        invite(scene.providerUser());
        Page page = provider.get("/dialogen/" + dialogue);
        assertThat(page.status()).isEqualTo(200);
        String text = page.document().select("#material-list").text();
        assertThat(text).contains("Eindelijk rust aan tafel").doesNotContain("Wachten op hulp");
        assertThat(page.document().select("#material-list > li")).hasSize(2);
        assertThat(page.document().select("#material-list li.kind-COLD_FIGURES")).isEmpty();
        assertThat(page.document().select("#pin-triad-provider option").eachAttr("value"))
                .containsExactly(String.valueOf(scene.providerId()));

        long othersChart = itemAbout(scene.otherProviderId(), "TRIAD_CHART");
        long othersStory = itemAbout(scene.otherProviderId(), "STORY");
        long ownStory = itemAbout(scene.providerId(), "STORY");
        long wholeChart = jdbc.queryForObject("select id from dialogue_material where dialogue_id = ? and provider_id is null "
                + "and kind = 'TRIAD_CHART'", Long.class, dialogue);
        assertThat(provider.get("/dialogen/" + dialogue + "/materiaal/" + othersChart + "/svg").status()).isEqualTo(403);
        assertThat(provider.get("/dialogen/" + dialogue + "/materiaal/" + othersChart + "/afdruk").status()).isEqualTo(403);
        assertThat(provider.get("/dialogen/" + dialogue + "/materiaal/" + othersStory + "/afdruk").status()).isEqualTo(403);
        assertThat(provider.get("/dialogen/" + dialogue + "/materiaal/" + wholeChart + "/svg").status()).isEqualTo(200);
        assertThat(provider.get("/dialogen/" + dialogue + "/materiaal/" + ownStory + "/afdruk").status()).isEqualTo(200);
        assertThat(provider.get("/dialogen/" + dialogue + "/verhaalkaarten").document().select(".story-card h2").eachText())
                .containsExactly("Eindelijk rust aan tafel");
    }

    @Test
    void anInvitedProviderCannotPinOrPickAnotherProvidersMaterialByPostingItsId() {
        invite(scene.providerUser());
        String other = String.valueOf(scene.otherProviderId());
        assertThat(pin(provider, dialogue, "STORY", Map.entry("story", scene.otherProvidersStory().toString())).status()).isEqualTo(403);
        assertThat(post(provider, "/dialogen/" + dialogue + "/materiaal", Map.entry("kind", "TRIAD_CHART"),
                Map.entry("triad", "wat_hielp"), Map.entry("provider", other)).status()).isEqualTo(403);
        assertThat(pin(provider, dialogue, "TRIAD_CHART", Map.entry("triad", "wat_hielp")).status()).isEqualTo(403);
        assertThat(pin(provider, dialogue, "COLD_FIGURES", Map.entry("provider", other)).status()).isEqualTo(403);
        assertThat(provider.get("/dialogen/" + dialogue + "/verhalen?provider=" + other).status()).isEqualTo(403);
        assertThat(provider.get("/dialogen/" + dialogue + "/verhalen?aanbieder=" + other).status()).isEqualTo(403);
        assertThat(provider.get("/dialogen/" + dialogue + "/verhalen?aanbieder=" + other + "&provider=" + scene.providerId())
                .status()).as("the current name wins over the old one").isEqualTo(403);
        assertThat(provider.get("/dialogen/" + dialogue + "/verhalen").document().select("#story-picker h2").eachText())
                .containsExactlyInAnyOrder("Eindelijk rust aan tafel", "Samen naar school");
        assertThat(materialCount()).isEqualTo(5);

        Page picker = provider.get("/dialogen/" + dialogue + "/verhalen?provider=" + scene.providerId());
        assertThat(picker.status()).isEqualTo(200);
        assertThat(picker.document().select("#story-picker h2").eachText())
                .containsExactlyInAnyOrder("Eindelijk rust aan tafel", "Samen naar school");
        String second = picker.document().select("#story-picker li").stream()
                .filter(li -> li.select("h2").text().equals("Samen naar school")).findFirst().orElseThrow()
                .select("input[name=story]").val();
        assertThat(pin(provider, dialogue, "STORY", Map.entry("story", second)).status()).isEqualTo(302);
        assertThat(materialCount()).isEqualTo(6);
        assertThat(jdbc.queryForObject("select author_role || ' ' || author_org from dialogue_material where story_id = ?::uuid",
                String.class, second)).startsWith("PROVIDER Testaanbieder");
    }

    @Test
    void onlyStoriesConsentedToShareCanBePinned() {
        Page refused = pin(officer, dialogue, "STORY", Map.entry("story", scene.unsharedStory().toString()));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(officer.follow(refused).document().select("#error").text()).contains("geen toestemming");
        assertThat(materialCount()).isEqualTo(5);
        assertThat(pin(officer, dialogue, "STORY", Map.entry("story", "geen-uuid")).status()).isEqualTo(302);
        assertThat(pin(officer, dialogue, "ONBEKEND", Map.entry("story", "x")).status()).isEqualTo(302);
        assertThat(materialCount()).isEqualTo(5);
    }

    @Test
    void anotherProvidersUserAndTheUninvitedGetNothingAndTheGriffieOnlyObserves() {
        HttpSession otherProvider = signedIn(port, scene.otherProviderUser(), DialogueScene.PASSWORD);
        assertThat(otherProvider.get("/dialogen/" + dialogue).status()).isEqualTo(403);
        assertThat(otherProvider.get("/dialogen/" + dialogue + "/verhaalkaarten").status()).isEqualTo(403);

        HttpSession griffie = signedIn(port, scene.griffieUser(), DialogueScene.PASSWORD);
        assertThat(griffie.get("/dialogen/" + dialogue).status()).isEqualTo(403);
        invite(scene.griffieUser());
        Page page = griffie.get("/dialogen/" + dialogue);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#observer-note")).hasSize(1);
        assertThat(page.document().select("#observation-form, #pin-forms")).isEmpty();
        // stories pinned here were told with consent to quote, so the griffie may read them
        assertThat(page.document().select("#material-list").text()).contains("Eindelijk rust aan tafel");
        assertThat(post(griffie, "/dialogen/" + dialogue + "/observaties", Map.entry("feedback", "GOES_WELL"),
                Map.entry("strength", "STRONG"), Map.entry("text", "Mag niet")).status()).isEqualTo(403);
        assertThat(pin(griffie, dialogue, "TRIAD_CHART", Map.entry("triad", "wat_hielp")).status()).isEqualTo(403);
        assertThat(post(griffie, "/dialogen/" + dialogue + "/deelnemers", Map.entry("username", scene.griffieUser())).status())
                .isEqualTo(403);
    }

    private void invite(String username) {
        assertThat(post(officer, "/dialogen/" + dialogue + "/deelnemers", Map.entry("username", username)).status()).isEqualTo(302);
    }

    private long itemAbout(long providerId, String kind) {
        return jdbc.queryForObject("select id from dialogue_material where dialogue_id = ? and provider_id = ? and kind = ? "
                + "order by id limit 1", Long.class, dialogue, providerId, kind);
    }

    private int materialCount() {
        return jdbc.queryForObject("select count(*) from dialogue_material where dialogue_id = ?", Integer.class, dialogue);
    }
}
