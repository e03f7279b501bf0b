package nl.duiding.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.duiding.HttpSession;
import nl.duiding.TestFixtures;
import nl.duiding.identity.Role;
import nl.duiding.opgave.OpgaveCatalog;

/**
 * Issue 17: the report editor in steps — scope, sections, quotes, preview, publish — each a page of its own that
 * works without JavaScript; publishing, which cannot be undone, happens only after a confirmation on its own page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportStepsTest {

    static final String GRIFFIE = "test-steps-griffie";
    static final String PASSWORD = "test-steps-Wachtwoord-1";

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    CouncilReports reports;
    @Autowired
    OpgaveCatalog catalog;

    TestFixtures.World world;
    HttpSession officer;
    long id;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        fixtures.accounts().createIfAbsent(GRIFFIE, "Griffie", PASSWORD, Role.GRIFFIE, Set.of());
        officer = new HttpSession(port);
        officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        LocalDate today = LocalDate.now(ReportScope.ZONE);
        HttpSession.Page created = officer.post("/rapporten", List.of(Map.entry("_csrf", officer.get("/rapporten").csrf()),
                Map.entry("title", "Rapport in stappen"), Map.entry("opgaveId", String.valueOf(world.opgaveId())),
                Map.entry("from", today.minusMonths(3).toString()), Map.entry("to", today.toString())));
        assertThat(created.status()).isEqualTo(302);
        id = Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
    }

    @Test
    void theEditorWalksThroughFiveStepsAndPublishesOnlyAfterConfirmation() {
        Document scope = officer.get("/rapporten/" + id).document();
        assertThat(scope.select("#report-steps li").eachText())
                .containsExactly("1. Bereik", "2. Teksten per sectie", "3. Citaten", "4. Voorbeeld", "5. Publiceren");
        assertThat(scope.select("#report-steps a[aria-current=step]").text()).isEqualTo("1. Bereik");
        assertThat(scope.select("#report-scope").text()).contains(catalog.opgave(world.opgaveId()).orElseThrow().name());
        assertThat(scope.select("textarea")).as("the first step asks only for the title").isEmpty();

        HttpSession.Page sections = officer.get("/rapporten/" + id + "/secties");
        assertThat(sections.document().select("textarea")).hasSize(5);
        HttpSession.Page saved = officer.post("/rapporten/" + id, List.of(Map.entry("_csrf", sections.csrf()),
                Map.entry("stap", "secties"), Map.entry("title", "Rapport in stappen"),
                Map.entry("introduction", "<em>Inleiding</em> voor de raad."), Map.entry("closingWell", "Gezinnen voelen zich gehoord.")));
        assertThat(saved.location()).endsWith("/rapporten/" + id + "/secties?opgeslagen");
        // a save from the first step sends only the title and keeps the texts of the second
        officer.post("/rapporten/" + id, List.of(Map.entry("_csrf", sections.csrf()), Map.entry("stap", "bereik"),
                Map.entry("title", "Rapport in vijf stappen")));
        ReportDraft draft = reports.find(id).orElseThrow();
        assertThat(draft.title()).isEqualTo("Rapport in vijf stappen");
        assertThat(draft.introduction()).isEqualTo("<em>Inleiding</em> voor de raad.");
        assertThat(draft.closingWell()).isEqualTo("Gezinnen voelen zich gehoord.");

        assertThat(officer.get("/rapporten/" + id + "/citaten").document().select("#citaten").text()).isEqualTo("Citaten");
        Document preview = officer.get("/rapporten/" + id + "/voorbeeld").document();
        assertThat(preview.select("#report-preview h2").eachText()).contains("Inleiding", "Bronnen en bescherming");
        assertThat(preview.select("#report-preview").text()).contains("<em>Inleiding</em> voor de raad.");
        assertThat(preview.select("#report-preview em")).as("the editor's text is escaped").isEmpty();
        assertThat(preview.select("main")).as("one main landmark").hasSizeLessThanOrEqualTo(1);

        HttpSession.Page confirm = officer.get("/rapporten/" + id + "/publiceren");
        assertThat(confirm.document().select("#publish-form input[type=checkbox][required][name=bevestig]")).hasSize(1);
        HttpSession.Page unconfirmed = officer.post("/rapporten/" + id + "/publiceren", List.of(Map.entry("_csrf", confirm.csrf())));
        assertThat(unconfirmed.status()).isEqualTo(302);
        assertThat(unconfirmed.location()).endsWith("/rapporten/" + id + "/publiceren?bevestigen");
        assertThat(reports.find(id).orElseThrow().published()).as("not published without confirmation").isFalse();
        assertThat(officer.get("/rapporten/" + id + "/publiceren?bevestigen").document().select("#confirm-missing").text()).startsWith("Het rapport is niet gepubliceerd.");

        HttpSession.Page published = officer.post("/rapporten/" + id + "/publiceren",
                List.of(Map.entry("_csrf", confirm.csrf()), Map.entry("bevestig", "ja")));
        assertThat(published.location()).endsWith("/rapporten/" + id);
        assertThat(reports.find(id).orElseThrow().published()).isTrue();
        assertThat(officer.get("/rapporten/" + id).document().select("#report-steps")).as("a published report has no steps").isEmpty();
        assertThat(officer.get("/rapporten/" + id + "/secties").location()).endsWith("/rapporten/" + id);
    }

    @Test
    void theGriffieComposesButIsNotOfferedPublishing() {
        HttpSession griffie = new HttpSession(port);
        griffie.login(GRIFFIE, PASSWORD);
        Document scope = griffie.get("/rapporten/" + id).document();
        assertThat(scope.select("#report-steps li").eachText())
                .containsExactly("1. Bereik", "2. Teksten per sectie", "3. Citaten", "4. Voorbeeld");
        assertThat(griffie.get("/rapporten/" + id + "/voorbeeld").status()).isEqualTo(200);
        assertThat(griffie.get("/rapporten/" + id + "/publiceren").status()).isEqualTo(403);
        assertThat(griffie.get("/rapporten/999999999/secties").status()).isEqualTo(404);
        assertThat(new HttpSession(port).get("/rapporten/" + id + "/publiceren").location()).endsWith("/login");
    }
}
