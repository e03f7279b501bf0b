package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;
import nl.duiding.analysis.SignifierAggregates.NumericAggregate;
import nl.duiding.analysis.SignifierAggregates.TriadAggregate;
import nl.duiding.analysis.StoryFilter.Consent;
import nl.duiding.collection.CollectionView;
import nl.duiding.collection.Collections;
import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.FrameworkDefinition.OptionDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.framework.Frameworks;
import nl.duiding.framework.LocalizedText;
import nl.duiding.framework.QuestionKind;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.story.TellerRole;

/**
 * Six stories told through the public form, with answers chosen so every aggregate can be worked out by hand:
 * the triad mean and zones, the slider's and the scale's histogram, mean and median, the stones' mean positions,
 * the "not applicable" counts, and the new facets with their sideways counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregatesOverHttpTest {

    static final String NORTH = "WK050501";
    static final String SOUTH = "WK050502";

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    Frameworks frameworks;
    @Autowired
    Collections collections;
    @Autowired
    OpgaveCatalog catalog;
    @Autowired
    StoryQueries queries;

    TestFixtures.World world;

    @BeforeAll
    void tellSixStories() {
        world = fixtures.world();
        catalog.saveDistrict(SOUTH, "Zuid", "0505");
        List<QuestionDefinition> questions = new ArrayList<>(frameworks.starterFor("JEUGDWET").questions());
        questions.add(new QuestionDefinition("plek", QuestionKind.STONES, text("Waar staan ze?"), false,
                List.of(new OptionDefinition("ik", text("Ik")), new OptionDefinition("hulp", text("De hulp"))),
                false, false, 0, text("Ver – dichtbij"), text("Laag – hoog")));
        FrameworkDefinition framework = frameworks.publish("Aggregaten " + UUID.randomUUID(), questions);
        CollectionView collection = collections.open(world.opgaveId(), framework.id(), "Aggregaten",
                LocalDate.now().minusDays(1), null);
        String path = "/vertel/" + collection.token();

        tell(path, "CLIENT", NORTH, true, true, triad(70, 20, 10), Map.of("dyad.regie", "10", "scale.gevoel", "5",
                "choice.leeftijd", "tot_12", "na.thuis_opgroeien", "true", "stones.plek.ik.x", "20",
                "stones.plek.ik.y", "80", "stones.plek.hulp.x", "60", "stones.plek.hulp.y", "40"), List.of("thuis", "geld"));
        tell(path, "CLIENT", NORTH, true, false, triad(10, 80, 10), Map.of("dyad.regie", "30", "scale.gevoel", "4",
                "choice.leeftijd", "tot_12", "dyad.thuis_opgroeien", "50", "stones.plek.ik.x", "40",
                "stones.plek.ik.y", "60"), List.of("thuis"));
        tell(path, "PARENT", SOUTH, false, false, triad(10, 10, 80), Map.of("dyad.regie", "50", "na.gevoel", "true",
                "choice.leeftijd", "j12_17", "dyad.thuis_opgroeien", "90"), List.of("geld"));
        tell(path, "PROFESSIONAL", null, false, false, triad(45, 45, 10), Map.of("dyad.regie", "70",
                "scale.gevoel", "2", "na.leeftijd", "true"), List.of());
        tell(path, "PROFESSIONAL", null, false, false, triad(34, 33, 33), Map.of("dyad.regie", "90",
                "scale.gevoel", "2"), List.of());
        tell(path, "PROFESSIONAL", null, false, false, triad(10, 45, 45), Map.of("dyad.regie", "95",
                "scale.gevoel", "1"), List.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> queries.aggregates(StoryFilter.opgave(world.opgaveId())).total() == 6);
    }

    @Test
    void triadMeanZonesAndDensity() {
        SignifierAggregates all = queries.aggregates(StoryFilter.opgave(world.opgaveId()));
        TriadAggregate triad = all.triads().get("wat_hielp");

        assertThat(triad.n()).isEqualTo(6);
        assertThat(triad.mean().a()).isCloseTo((0.70 + 0.10 + 0.10 + 0.45 + 0.34 + 0.10) / 6, within(1e-6));
        assertThat(triad.mean().b()).isCloseTo((0.20 + 0.80 + 0.10 + 0.45 + 0.33 + 0.45) / 6, within(1e-6));
        assertThat(triad.zones()).containsEntry(TriadZone.CORNER_A, 1L).containsEntry(TriadZone.CORNER_B, 1L)
                .containsEntry(TriadZone.CORNER_C, 1L).containsEntry(TriadZone.EDGE_AB, 1L)
                .containsEntry(TriadZone.EDGE_BC, 1L).containsEntry(TriadZone.EDGE_AC, 0L)
                .containsEntry(TriadZone.CENTRE, 1L);
        assertThat(triad.points()).hasSize(6);
        assertThat(triad.confidenceRegion()).isNotEmpty();
        assertThat(triad.density().cells().stream().mapToLong(SignifierAggregates.DensityGrid.Cell::count).sum()).isEqualTo(6);
    }

    @Test
    void anAnswerOnATenthFallsInTheCellThatStartsAtThatTenth() {
        TriadAggregate triad = queries.aggregates(StoryFilter.opgave(world.opgaveId())).triads().get("wat_hielp");
        // 70/20/10 sits on the corner (0.7, 0.2) of the upward cell spanning a 0.7–0.8, b 0.2–0.3; a float read
        // back as 0.6999999 used to put it in the cell below (issue 15)
        var cell = triad.density().cells().stream()
                .filter(c -> near(c.p1().a(), 0.7) && near(c.p1().b(), 0.2) && near(c.p2().a(), 0.8) && near(c.p3().b(), 0.3))
                .findFirst().orElseThrow();
        assertThat(cell.count()).isEqualTo(1);
        assertThat(triad.points()).anySatisfy(p -> {
            assertThat(p.a()).isEqualTo(0.7);
            assertThat(p.b()).isEqualTo(0.2);
        });
    }

    private static boolean near(double x, double y) {
        return Math.abs(x - y) < 1e-9;
    }

    @Test
    void sliderAndScaleHistogramsMeansAndMedians() {
        SignifierAggregates all = queries.aggregates(StoryFilter.opgave(world.opgaveId()));

        NumericAggregate regie = all.dyads().get("regie");
        assertThat(regie.n()).isEqualTo(6);
        assertThat(regie.mean()).isCloseTo((0.10 + 0.30 + 0.50 + 0.70 + 0.90 + 0.95) / 6, within(1e-6));
        assertThat(regie.median()).isCloseTo(0.60, within(1e-6));
        assertThat(regie.histogram().stream().map(SignifierAggregates.Bin::count).toList())
                .containsExactly(0L, 1L, 0L, 1L, 0L, 1L, 0L, 1L, 0L, 2L);

        NumericAggregate gevoel = all.scales().get("gevoel");
        assertThat(gevoel.n()).isEqualTo(5);
        assertThat(gevoel.mean()).isCloseTo(14 / 5.0, within(1e-9));
        assertThat(gevoel.median()).isEqualTo(2.0);
        assertThat(gevoel.histogram().stream().map(SignifierAggregates.Bin::count).toList())
                .containsExactly(1L, 2L, 0L, 1L, 1L);

        NumericAggregate thuis = all.dyads().get("thuis_opgroeien");
        assertThat(thuis.n()).isEqualTo(2);
        assertThat(thuis.median()).isCloseTo(0.70, within(1e-6));
    }

    @Test
    void notApplicableChoicesAndStonesAreCountedApart() {
        SignifierAggregates all = queries.aggregates(StoryFilter.opgave(world.opgaveId()));

        assertThat(all.notApplicable()).containsExactlyInAnyOrderEntriesOf(
                Map.of("thuis_opgroeien", 1L, "gevoel", 1L, "leeftijd", 1L));
        assertThat(all.choices().get("leeftijd")).containsExactlyInAnyOrderEntriesOf(Map.of("tot_12", 2L, "j12_17", 1L));
        assertThat(all.choices().get("thema")).containsExactlyInAnyOrderEntriesOf(Map.of("thuis", 2L, "geld", 2L));
        var stones = all.stones().get("plek").items();
        var ik = stones.stream().filter(s -> s.item().equals("ik")).findFirst().orElseThrow();
        assertThat(ik.n()).isEqualTo(2);
        assertThat(ik.meanX()).isCloseTo(0.30, within(1e-6));
        assertThat(ik.meanY()).isCloseTo(0.70, within(1e-6));
        var hulp = stones.stream().filter(s -> s.item().equals("hulp")).findFirst().orElseThrow();
        assertThat(hulp.n()).isEqualTo(1);
        assertThat(hulp.positions()).hasSize(1);
    }

    @Test
    void aggregatesFollowTheFilter() {
        SignifierAggregates clients = queries.aggregates(StoryFilter.opgave(world.opgaveId()).withRole(TellerRole.CLIENT));
        assertThat(clients.total()).isEqualTo(2);
        assertThat(clients.dyads().get("regie").mean()).isCloseTo(0.20, within(1e-6));
        assertThat(clients.notApplicable()).containsOnlyKeys("thuis_opgroeien");
    }

    @Test
    void districtChoiceConsentAndPeriodDrillSideways() {
        StoryFilter opgave = StoryFilter.opgave(world.opgaveId());

        FacetCounts north = queries.facets(opgave.withDistrict(NORTH));
        assertThat(north.total()).isEqualTo(2);
        assertThat(north.districts()).containsEntry(NORTH, 2L).containsEntry(SOUTH, 1L);
        assertThat(north.roles()).containsOnly(Map.entry("CLIENT", 2L));

        FacetCounts young = queries.facets(opgave.withChoice("leeftijd", "tot_12"));
        assertThat(young.total()).isEqualTo(2);
        assertThat(young.choices().get("leeftijd")).containsEntry("tot_12", 2L).containsEntry("j12_17", 1L);
        assertThat(young.choices().get("thema")).containsEntry("thuis", 2L).containsEntry("geld", 1L);

        FacetCounts quotable = queries.facets(opgave.withConsent(Consent.QUOTE));
        assertThat(quotable.total()).isEqualTo(1);
        assertThat(quotable.consents()).containsEntry("SHARE", 2L).containsEntry("QUOTE", 1L).containsEntry("NONE", 4L);
        assertThat(quotable.roles()).containsOnly(Map.entry("CLIENT", 1L));

        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        FacetCounts lastYear = queries.facets(opgave.withPeriod(now.minusYears(1), now.minusYears(1)));
        assertThat(lastYear.total()).isZero();
        assertThat(lastYear.months()).containsEntry(now.toString(), 6L);
        assertThat(lastYear.quarters()).containsEntry(now.getYear() + "-Q" + ((now.getMonthValue() - 1) / 3 + 1), 6L);
        assertThat(queries.facets(opgave.withQuarter(now.getYear(), (now.getMonthValue() - 1) / 3 + 1)).total()).isEqualTo(6);

        StoryInsights list = queries.insights(opgave.withDistrict(SOUTH), List.of(), 10);
        assertThat(list.stories()).hasSize(1);
        assertThat(list.stories().getFirst().role()).isEqualTo("PARENT");
    }

    @Test
    void theDashboardShowsTheAggregatesAndTheNewFacetsAsFilters() {
        HttpSession officer = new HttpSession(port);
        officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        Page page = officer.get("/dashboard/opgave/" + world.opgaveId());
        assertThat(page.status()).isEqualTo(200);
        var doc = page.document();

        assertThat(doc.select("#triad-zones-wat_hielp tr[data-zone=CORNER_A] td").text()).isEqualTo("1");
        assertThat(doc.select("#triad-zones-wat_hielp tr[data-zone=EDGE_AC] td").text()).isEqualTo("0");
        assertThat(doc.select("figure.ternary .mean")).hasSize(1);
        assertThat(doc.select("figure.ternary .region")).hasSize(1);
        assertThat(doc.select("figure.ternary .density polygon")).isNotEmpty();
        assertThat(doc.select("#histogram-regie tbody tr")).hasSize(10);
        assertThat(doc.select("#histogram-regie tbody tr").last().select("td").text()).isEqualTo("2");
        assertThat(doc.select("#histogram-gevoel tbody tr").eachText()).containsExactly("1 1", "2 2", "3 0", "4 1", "5 1");
        // a decimal comma in Dutch, a point in English (it said "2.8" on the Dutch page; issue 15)
        assertThat(doc.text()).contains("Gemiddelde 2,8").doesNotContain("2.8");
        assertThat(officer.get("/dashboard/opgave/" + world.opgaveId() + "?lang=en").document().text()).contains("Mean 2.8");
        assertThat(doc.select("#stones-plek tbody tr").first().text()).isEqualTo("Ik 2 30 70");
        assertThat(doc.select("#na-counts tr[data-question=gevoel] td").text()).isEqualTo("1");
        assertThat(doc.select("#na-counts tr[data-question=leeftijd] td").text()).isEqualTo("1");
        assertThat(doc.select("#consent-counts").text()).contains("Mag geciteerd worden 1");

        String districtLink = doc.select("#district-counts a").stream().filter(a -> a.text().equals("Zuid"))
                .findFirst().orElseThrow().attr("href");
        Page south = officer.get(districtLink);
        String csvLink = south.document().select("#csv-link").attr("href");
        assertThat(csvLink).as("the export keeps the page's filter").contains("/cijfers.csv?").contains(SOUTH);
        var csv = officer.download(csvLink);
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFsoort;vraag_of_dimensie;label;waarde\r\n")
                .contains("verhalen;;totaal;1\r\n", "driehoek;wat_hielp;gemiddelde_c;0,800\r\n",
                        "driehoek_zone;wat_hielp;CORNER_C;1\r\n", "schuif;regie;gemiddelde;0,500\r\n",
                        "filter;wijk;WK050501;2\r\n", "past_niet;gevoel;;1\r\n");
        assertThat(south.document().select("#story-count").text()).isEqualTo("1");
        assertThat(south.document().select("#district-counts").text()).contains("Zuid 1");
        assertThat(south.document().select("#active-filters .tag").text()).contains("Zuid");

        String choiceLink = doc.select("#choice-counts-leeftijd a").first().attr("href");
        assertThat(officer.get(choiceLink).document().select("#story-count").text()).isEqualTo("2");

        Page malformed = officer.get("/dashboard/opgave/" + world.opgaveId()
                + "?from=gisteren&to=2026-13&choice=%3A&choice=leeftijd%3A&consent=ALLES&provider=abc&district=%3Cb%3E");
        assertThat(malformed.status()).isEqualTo(200);
        assertThat(malformed.document().select("#story-count").text()).as("an unknown district matches nothing").isEqualTo("0");
        assertThat(malformed.document().select("#district-counts").text()).as("counted sideways").contains("Zuid 1");
    }

    @Test
    void theComparisonPageGivesTheReasonWhenGroupsAreTooSmall() {
        HttpSession officer = new HttpSession(port);
        officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        Page page = officer.get("/dashboard/opgave/" + world.opgaveId() + "/vergelijk?a=role:CLIENT&b=role:PROFESSIONAL");
        assertThat(page.status()).isEqualTo(200);
        var doc = page.document();
        assertThat(doc.select("#group-sizes").text()).isEqualTo("Groep A: 2 verhalen. Groep B: 3 verhalen.");
        assertThat(doc.select("#comparison tr[data-question=wat_hielp] .reason").text())
                .isEqualTo("Geen toets: te weinig antwoorden (A: 2, B: 3; minimaal 20 per groep nodig).");
        assertThat(doc.select("#comparison tr[data-question=regie] .reason").text()).startsWith("Geen toets: te weinig");
        assertThat(doc.select("#comparison .p")).isEmpty();
        assertThat(doc.select("#a option[selected]").val()).as("an old side's name read in the current one")
                .isEqualTo("rol:CLIENT");

        Page rest = officer.get("/dashboard/opgave/" + world.opgaveId() + "/vergelijk?a=provider:" + world.providerId() + "&b=rest");
        assertThat(rest.document().select("#group-sizes").text()).isEqualTo("Groep A: 6 verhalen. Groep B: 0 verhalen.");

        Page malformed = officer.get("/dashboard/opgave/" + world.opgaveId() + "/vergelijk?a=provider:abc&b=%3Cscript%3E");
        assertThat(malformed.status()).isEqualTo(200);
        assertThat(malformed.document().select("#compare-invalid").text()).isEqualTo("Kies twee groepen uit de lijst.");
        assertThat(malformed.document().select("#comparison")).isEmpty();

        assertThat(officer.get("/dashboard/opgave/999999999/vergelijk").status()).isEqualTo(404);
    }

    private void tell(String path, String role, String district, boolean share, boolean quote,
                      Map<String, String> triad, Map<String, String> answers, List<String> themes) {
        HttpSession teller = new HttpSession(port);
        Page form = teller.get(path);
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("formToken", form.formToken()),
                Map.entry("idempotencyKey", form.document().select("input[name=idempotencyKey]").attr("value")),
                Map.entry("role", role), Map.entry("title", "Verhaal"), Map.entry("body", "Een verhaal over hulp."),
                Map.entry("providerId", Long.toString(world.providerId())), Map.entry("consentAnalysis", "true")));
        if (district != null) {
            fields.add(Map.entry("districtCode", district));
        }
        if (share) {
            fields.add(Map.entry("consentShare", "true"));
        }
        if (quote) {
            fields.add(Map.entry("consentQuote", "true"));
        }
        fields.addAll(triad.entrySet());
        fields.addAll(answers.entrySet());
        themes.forEach(t -> fields.add(Map.entry("choice.thema", t)));
        Page result = teller.post(path, fields);
        assertThat(result.status()).as(result.document().select(".error, .field-error").text()).isEqualTo(302);
    }

    private static Map<String, String> triad(int a, int b, int c) {
        return Map.of("triad.wat_hielp.a", Integer.toString(a), "triad.wat_hielp.b", Integer.toString(b),
                "triad.wat_hielp.c", Integer.toString(c));
    }

    private static LocalizedText text(String nl) {
        return new LocalizedText(nl, nl);
    }
}
