package nl.duiding.opgave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;

/** A policy officer creates and edits opgaven, providers, districts and collections through the UI. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    OpgaveCatalog catalog;

    HttpSession officer;
    String unique;

    @BeforeEach
    void signIn() {
        fixtures.world();
        officer = new HttpSession(port);
        officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsAndEditsAnOpgaveWithTypedGoals() {
        Page form = officer.get("/beheer/opgaven/nieuw");
        Page saved = officer.post("/beheer/opgaven", List.of(Map.entry("_csrf", form.csrf()),
                Map.entry("name", "Opgave " + unique), Map.entry("law", "WMO"),
                Map.entry("description", "Mensen doen mee."), Map.entry("performanceGoals", "Binnen vier weken\n\n"),
                Map.entry("preventionGoals", "Minder eenzaamheid"), Map.entry("learningGoals", "")));
        assertThat(saved.status()).isEqualTo(302);
        OpgaveView created = catalog.opgaven().stream().filter(o -> o.name().equals("Opgave " + unique)).findFirst().orElseThrow();
        assertThat(created.law()).isEqualTo(Law.WMO);
        assertThat(created.goals()).containsExactly(new OpgaveView.Goal("Binnen vier weken", GoalType.PERFORMANCE),
                new OpgaveView.Goal("Minder eenzaamheid", GoalType.PREVENTION));

        Page edit = officer.get("/beheer/opgaven/" + created.id());
        assertThat(edit.document().select("#name").val()).isEqualTo("Opgave " + unique);
        officer.post("/beheer/opgaven/" + created.id(), List.of(Map.entry("_csrf", edit.csrf()),
                Map.entry("name", "Opgave " + unique + " (herzien)"), Map.entry("law", "WMO"),
                Map.entry("description", "Mensen doen mee."), Map.entry("learningGoals", "Leren van verhalen")));
        assertThat(catalog.opgave(created.id()).orElseThrow().name()).endsWith("(herzien)");
        assertThat(catalog.opgave(created.id()).orElseThrow().goals()).extracting(OpgaveView.Goal::type)
                .containsExactly(GoalType.LEARNING);
    }

    @Test
    void anIncompleteOpgaveIsRefusedWithMessages() {
        Page form = officer.get("/beheer/opgaven/nieuw");
        Page page = officer.post("/beheer/opgaven", List.of(Map.entry("_csrf", form.csrf()), Map.entry("name", ""),
                Map.entry("law", "GEEN_WET"), Map.entry("description", "")));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select(".field-error")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void providersNeedAnEightDigitAgbCodeThatNoOtherProviderHas() {
        String agb = String.valueOf(20_000_000 + Math.abs(unique.hashCode() % 9_000_000));
        Page list = officer.get("/beheer/aanbieders");
        assertThat(officer.post("/beheer/aanbieders", List.of(Map.entry("_csrf", list.csrf()),
                Map.entry("name", "Aanbieder " + unique), Map.entry("agbCode", agb))).status()).isEqualTo(302);
        Page duplicate = officer.post("/beheer/aanbieders", List.of(Map.entry("_csrf", list.csrf()),
                Map.entry("name", "Tweede " + unique), Map.entry("agbCode", agb)));
        assertThat(duplicate.document().select(".field-error").text()).contains("al een aanbieder met deze AGB-code");
        Page malformed = officer.post("/beheer/aanbieders", List.of(Map.entry("_csrf", list.csrf()),
                Map.entry("name", "Derde " + unique), Map.entry("agbCode", "12ab")));
        assertThat(malformed.document().select(".field-error").text()).contains("precies 8 cijfers");
        assertThat(catalog.providers()).filteredOn(p -> p.agbCode().equals(agb)).singleElement()
                .extracting(ProviderView::name).isEqualTo("Aanbieder " + unique);
    }

    @Test
    void districtsAreAddedByTheirCbsCode() {
        Page list = officer.get("/beheer/wijken");
        officer.post("/beheer/wijken", List.of(Map.entry("_csrf", list.csrf()), Map.entry("code", "WK050509"),
                Map.entry("name", "Sterrenburg")));
        assertThat(catalog.district("WK050509")).hasValueSatisfying(d -> assertThat(d.municipalityCode()).isEqualTo("0505"));
        Page wrong = officer.post("/beheer/wijken", List.of(Map.entry("_csrf", list.csrf()), Map.entry("code", "0505-09"),
                Map.entry("name", "Fout")));
        assertThat(wrong.document().select(".field-error").text()).contains("WK050501");
    }

    @Test
    void aCollectionGetsAnUnguessablePublicLinkThatOpensTheForm() {
        long opgaveId = catalog.saveOpgave(null, "Uitvraagopgave " + unique, Law.WLZ, "Er mogen zijn", List.of());
        Page page = officer.get("/beheer/uitvragen");
        String framework = page.document().select("#frameworkId option").first().attr("value");
        officer.post("/beheer/uitvragen", List.of(Map.entry("_csrf", page.csrf()), Map.entry("opgaveId", String.valueOf(opgaveId)),
                Map.entry("frameworkId", framework), Map.entry("name", "Ronde " + unique), Map.entry("opensOn", ""),
                Map.entry("closesOn", "")));
        String link = officer.get("/beheer/uitvragen").document().select("tr:contains(Ronde " + unique + ") a.token").attr("href");
        assertThat(link).matches("/vertel/[A-Za-z0-9_-]{43}");
        Page form = new HttpSession(port).get(link);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.document().select(".lead").text()).contains("Uitvraagopgave " + unique);
    }
}
