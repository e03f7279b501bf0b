package nl.duiding.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.duiding.HttpSession;
import nl.duiding.TestFixtures;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.identity.Role;
import nl.duiding.opgave.Law;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.production.ImportFormat;
import nl.duiding.production.Imports;
import nl.duiding.production.OpgaveBudgets;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * Issue 17: an opgave's overview shows this quarter against the one before — stories, spending, clients, amount per
 * client, how the triad mean moved — each linking into the detail page whose figures it repeats. 2019 keeps the
 * declarations of this test apart from those of others sharing the run's database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "duiding.pseudonym.secret=test-only-pseudonym-secret-2026")
class OpgaveOverviewPageTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    StoryIntake intake;
    @Autowired
    StoryQueries queries;
    @Autowired
    Imports imports;
    @Autowired
    OpgaveBudgets budgets;
    @Autowired
    OpgaveCatalog catalog;

    TestFixtures.World world;

    @BeforeEach
    void setUp() throws Exception {
        world = fixtures.world();
        tell("2019-08-15T10:00:00Z", 0.6, 0.2, 0.2);
        tell("2019-08-20T10:00:00Z", 0.6, 0.2, 0.2);
        tell("2019-09-02T10:00:00Z", 0.3, 0.4, 0.3);
        tell("2019-05-15T10:00:00Z", 0.2, 0.2, 0.6);
        declare();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                queries.insights(StoryFilter.opgave(world.opgaveId()), List.of(), 0).total() == 4);
    }

    @Test
    void theOverviewComparesTheQuarterWithTheOneBeforeAndLinksIntoDetail() {
        HttpSession officer = new HttpSession(port);
        officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        HttpSession.Page page = officer.get("/dashboard/opgave/" + world.opgaveId() + "/overzicht?kwartaal=2019-Q3");
        assertThat(page.status()).isEqualTo(200);
        Document doc = page.document();

        assertThat(doc.select("#headline-stories .number").text()).isEqualTo("3");
        assertThat(doc.select("#headline-stories .change").text()).isEqualTo("▲ meer dan in 2019-Q2 (1) +2 (+200%)");
        assertThat(doc.select("#headline-stories a").attr("href"))
                .isEqualTo("/dashboard/opgave/" + world.opgaveId() + "?van=2019-07&tot=2019-09");
        assertThat(doc.select("#headline-amount .number").text()).isEqualTo("€ 350,00");
        assertThat(doc.select("#headline-amount .change").text()).startsWith("▲ meer dan in 2019-Q2 (€ 175,00)");
        assertThat(doc.select("#headline-amount a").attr("href"))
                .isEqualTo("/dashboard/opgave/" + world.opgaveId() + "/warm-koud?jaar=2019&per=kwartaal");
        assertThat(doc.select("#headline-clients .number").text()).isEqualTo("2");
        assertThat(doc.select("#headline-per-client .number").text()).isEqualTo("€ 175,00");
        assertThat(doc.select("#headline-per-client .change").text()).startsWith("= gelijk aan 2019-Q2 (€ 175,00)");
        // means of the quarter: a = (0.6 + 0.6 + 0.3) / 3 = 50%, b = 26.7%, c = 23.3%; the quarter before 20/20/60
        assertThat(doc.select("#triad-move-wat_hielp tbody tr").eachText()).hasSize(3)
                .allSatisfy(row -> assertThat(row).isNotBlank());
        assertThat(doc.select("#triad-move-wat_hielp tbody tr td").eachText())
                .containsExactly("50%", "20%", "+30", "27%", "20%", "+7", "23%", "60%", "−37");
        assertThat(doc.select("#overview-links a").eachAttr("href")).contains("/dashboard/opgave/" + world.opgaveId() + "/themas");

        HttpSession.Page english = officer.get("/dashboard/opgave/" + world.opgaveId() + "/overzicht?kwartaal=2019-Q3&lang=en");
        assertThat(english.document().select("#headline-stories .change").text()).startsWith("▲ more than in 2019-Q2 (1)");
        assertThat(officer.get("/dashboard/opgave/" + world.opgaveId()).document().select("#overview-link").attr("href"))
                .isEqualTo("/dashboard/opgave/" + world.opgaveId() + "/overzicht");
    }

    @Test
    void aMalformedQuarterFallsBackAndOnlyPolicyOfficersSeeTheOverview() {
        HttpSession officer = new HttpSession(port);
        officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        assertThat(officer.get("/dashboard/opgave/" + world.opgaveId() + "/overzicht?kwartaal=%3Cscript%3E").status())
                .isEqualTo(200);
        assertThat(officer.get("/dashboard/opgave/999999999/overzicht").status()).isEqualTo(404);

        fixtures.accounts().createIfAbsent("test-overview-aanbieder", "Aanbieder", "test-overview-Wachtwoord-1",
                Role.PROVIDER, Set.of(world.providerId()));
        HttpSession provider = new HttpSession(port);
        provider.login("test-overview-aanbieder", "test-overview-Wachtwoord-1");
        assertThat(provider.get("/dashboard/opgave/" + world.opgaveId() + "/overzicht").status()).isEqualTo(403);
        HttpSession.Page anonymous = new HttpSession(port).get("/dashboard/opgave/" + world.opgaveId() + "/overzicht");
        assertThat(anonymous.status()).isEqualTo(302);
    }

    private void tell(String at, double a, double b, double c) {
        intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(), world.providerId(),
                null, TellerRole.CLIENT, "Verhaal", "Het ging beter met de begeleiding thuis.", "nl", true, false, false,
                List.of(new Answer.Triad("wat_hielp", a, b, c), new Answer.Dyad("regie", 0.5), new Answer.Choice("thema", Set.of())),
                UUID.randomUUID(), Instant.parse(at)));
    }

    /** One client of 2 hours (€ 175,00) in May 2019 and two in August 2019, in a product linked to the opgave only. */
    private void declare() throws Exception {
        String agb = catalog.provider(world.providerId()).orElseThrow().agbCode();
        String code = "O" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        budgets.link(world.opgaveId(), Law.JEUGDWET, "45", code);
        String head = "wet;declaratienummer;declaratie_begin;declaratie_eind;agb_code;gemeentecode;referentienummer;bsn;"
                + "productcategorie;productcode;product_begin;product_eind;volume;eenheid;tarief;bedrag;debet_credit;wijk\r\n";
        String may = "01-05-2019;31-05-2019";
        String august = "01-08-2019;31-08-2019";
        String rows = "JW;O1;" + may + ";" + agb + ";0505;1;999900006;45;" + code + ";" + may + ";2;04;87,50;175,00;D;WK050501\r\n"
                + "JW;O2;" + august + ";" + agb + ";0505;2;999900006;45;" + code + ";" + august + ";2;04;87,50;175,00;D;WK050501\r\n"
                + "JW;O2;" + august + ";" + agb + ";0505;3;999900018;45;" + code + ";" + august + ";2;04;87,50;175,00;D;WK050501\r\n";
        Path file = Files.createTempFile("overzicht", ".csv");
        Files.write(file, (head + rows).getBytes(Charset.forName("windows-1252")));
        imports.importFile(file, "overzicht.csv", ImportFormat.CSV, "test", progress -> { });
        Files.deleteIfExists(file);
    }
}
