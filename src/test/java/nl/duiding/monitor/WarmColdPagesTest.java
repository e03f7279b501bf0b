package nl.duiding.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.HttpSession;
import nl.duiding.TestFixtures;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.identity.Role;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.production.Imports;
import nl.duiding.production.OpgaveBudgets;
import nl.duiding.story.StoryIntake;

/**
 * Warm next to cold over real HTTP on a small known world (see {@link WarmColdFixture}): the joined figures per
 * period and per district, the care landscape's edge weights, the CSV exports, and that each read is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "duiding.pseudonym.secret=test-only-pseudonym-secret-2026")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarmColdPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    OpgaveCatalog catalog;
    @Autowired
    StoryIntake intake;
    @Autowired
    StoryQueries queries;
    @Autowired
    Imports imports;
    @Autowired
    OpgaveBudgets budgets;
    @Autowired
    JdbcTemplate jdbc;

    WarmColdFixture f;
    HttpSession officer;
    String base;

    @BeforeAll
    void tellAndImport() {
        f = WarmColdFixture.create(fixtures, catalog, intake, queries, imports, budgets);
        officer = new HttpSession(port);
        assertThat(officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD).location()).doesNotContain("error");
        base = "/dashboard/opgave/" + f.world().opgaveId();
    }

    @Test
    void perMonthStoriesAndSignifiersStandBesideAmountAndClients() {
        Document page = page(base + "/warm-koud?jaar=2025&per=maand");
        // exact figures, for the policy officer: the page says they are not for publication (issue 13)
        assertThat(page.select(".not-for-publication").text()).startsWith("Niet voor publicatie.");
        assertThat(page.select("#per-period tbody tr")).hasSize(12);
        assertThat(cells(page, "2025-03")).containsExactly("3", "0,30", "0,30", "0,40", "0,40", "€ 350,00", "2", "€ 175,00");
        assertThat(cells(page, "2025-04")).containsExactly("2", "0,55", "0,30", "0,15", "0,90", "€ 150,00", "2", "€ 75,00");
        assertThat(cells(page, "2025-05")).containsExactly("0", "–", "–", "–", "–", "€ 0,00", "0", "–");
        assertThat(page.select("#total-stories").text()).isEqualTo("5");
        assertThat(page.select("#total-amount").text()).isEqualTo("€ 500,00");
        assertThat(page.select("#total-clients").text()).isEqualTo("3");
        assertThat(page.select("#total-per-client").text()).isEqualTo("€ 166,67");
        // two aligned series: twelve bars above (stories) and twelve below (amount), on the same x positions
        assertThat(page.select("figure.dual g.warm g.bars rect")).hasSize(12);
        assertThat(page.select("figure.dual g.cold g.bars rect")).hasSize(12);
        assertThat(page.select("figure.dual g.warm rect").get(2).attr("height")).isEqualTo("120.0");
        assertThat(page.select("figure.dual g.warm rect").get(2).attr("x"))
                .isEqualTo(page.select("figure.dual g.cold rect").get(2).attr("x"));
        assertThat(page.select("figure.dual g.cold polyline").attr("points")).isNotBlank();
        assertThat(audited("WARM_COLD", "READ")).isPositive();
    }

    @Test
    void perQuarterAndFilteredOnProviderOrDistrict() {
        Document quarters = page(base + "/warm-koud?jaar=2025&per=kwartaal");
        assertThat(quarters.select("#per-period tbody tr")).hasSize(4);
        assertThat(cells(quarters, "2025-Q1")).startsWith("3").contains("€ 350,00");
        assertThat(cells(quarters, "2025-Q2")).startsWith("2").contains("€ 150,00");

        Document onA = page(base + "/warm-koud?jaar=2025&aanbieder=" + f.providerA());
        assertThat(cells(onA, "2025-03")).containsExactly("3", "0,30", "0,30", "0,40", "0,40", "€ 350,00", "2", "€ 175,00");
        assertThat(cells(onA, "2025-04")).containsExactly("0", "–", "–", "–", "–", "€ 0,00", "0", "–");
        assertThat(onA.select("#total-clients").text()).isEqualTo("2");

        Document north = page(base + "/warm-koud?jaar=2025&wijk=" + WarmColdFixture.NOORDFLANK);
        assertThat(cells(north, "2025-03")).startsWith("0").contains("€ 0,00");
        assertThat(cells(north, "2025-04")).containsExactly("2", "0,55", "0,30", "0,15", "0,90", "€ 150,00", "2", "€ 75,00");

        Document earlier = page(base + "/warm-koud?jaar=2024");
        assertThat(cells(earlier, "2024-03")).startsWith("1").contains("€ 0,00");
        // no clients: the amount per client is a dash, not "€ 0,00" (issue 15)
        assertThat(cells(earlier, "2024-03").getLast()).isEqualTo("–");
        assertThat(earlier.select("#total-per-client").text()).isEqualTo("–");
    }

    @Test
    void districtsSideBySide() {
        Document page = page(base + "/wijken?jaar=2025");
        assertThat(page.select("#per-district tbody tr")).hasSize(2);
        assertThat(cells(page, WarmColdFixture.BINNENSTAD))
                .containsExactly("3", "0,30", "0,30", "0,40", "0,40", "€ 350,00", "2", "€ 175,00");
        assertThat(cells(page, WarmColdFixture.NOORDFLANK))
                .containsExactly("2", "0,55", "0,30", "0,15", "0,90", "€ 150,00", "2", "€ 75,00");
        assertThat(page.select("#per-district tr[data-key=" + WarmColdFixture.NOORDFLANK + "] th").text()).isEqualTo("Noordflank");
        assertThat(page.select("figure.districts rect.warm")).hasSize(2);
        assertThat(page.select("figure.districts rect.warm").first().attr("width")).isEqualTo("360.0");
        assertThat(page.select("figure.districts rect.cold").last().attr("width")).isEqualTo("154.3");
        assertThat(audited("DISTRICT_COMPARISON", "READ")).isPositive();

        // providers side by side: stories by their first provider, declarations by AGB code; C is only ever named second
        assertThat(page.select("#per-provider tbody tr")).hasSize(2);
        assertThat(cells(page, f.agbA())).containsExactly("3", "0,30", "0,30", "0,40", "0,40", "€ 350,00", "2", "€ 175,00");
        assertThat(cells(page, f.agbB())).containsExactly("2", "0,55", "0,30", "0,15", "0,90", "€ 150,00", "2", "€ 75,00");
        assertThat(page.select("#per-provider tr[data-key=" + f.agbB() + "] th").text()).isEqualTo(f.nameB());
    }

    @Test
    void theCareLandscapeWeighsStoriesNamingTwoProvidersAndSharedClients() {
        Document page = page(base + "/zorglandschap?jaar=2025");
        assertThat(edges(page)).containsExactly(
                List.of(pair(f.nameA(), f.nameB()), "2", "1"),
                List.of(pair(f.nameB(), f.nameC()), "1", "0"));
        assertThat(page.select("figure.landscape g.nodes circle")).hasSize(3);
        assertThat(page.select("figure.landscape line.edge.stories:not([x1=20])")).hasSize(2);
        assertThat(page.select("figure.landscape g.edges line.shared")).hasSize(1);
        // the heaviest tie of a kind is drawn widest
        assertThat(page.select("g.edges line.stories").eachAttr("stroke-width")).containsExactly("10.0", "5.8");
        assertThat(edges(page(base + "/zorglandschap?jaar=2024"))).isEmpty();
        assertThat(audited("CARE_LANDSCAPE", "READ")).isPositive();
    }

    @Test
    void csvExportsForDutchExcelAreAudited() {
        HttpResponse<byte[]> periods = officer.download(base + "/warm-koud.csv?jaar=2025&per=kwartaal");
        assertThat(periods.statusCode()).isEqualTo(200);
        assertThat(periods.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(periods.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        byte[] bytes = periods.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(csv(periods)).containsExactly(
                "periode;verhalen;wat_hielp_a;wat_hielp_b;wat_hielp_c;regie;bedrag_eurocent;unieke_clienten;bedrag_per_client_eurocent",
                "2025-Q1;3;0,300;0,300;0,400;0,400;35000;2;17500",
                "2025-Q2;2;0,550;0,300;0,150;0,900;15000;2;7500",
                "2025-Q3;0;;;;;0;0;0",
                "2025-Q4;0;;;;;0;0;0");
        assertThat(csv(officer.download(base + "/wijken.csv?jaar=2025"))).containsExactly(
                "wijk_code;wijk;verhalen;wat_hielp_a;wat_hielp_b;wat_hielp_c;regie;bedrag_eurocent;unieke_clienten;bedrag_per_client_eurocent",
                "WK050501;Binnenstad;3;0,300;0,300;0,400;0,400;35000;2;17500",
                "WK050502;Noordflank;2;0,550;0,300;0,150;0,900;15000;2;7500");
        assertThat(csv(officer.download(base + "/aanbieders.csv?jaar=2025"))).containsExactly(
                "agb_code;aanbieder;verhalen;wat_hielp_a;wat_hielp_b;wat_hielp_c;regie;bedrag_eurocent;unieke_clienten;bedrag_per_client_eurocent",
                f.agbB() + ";" + f.nameB() + ";2;0,550;0,300;0,150;0,900;15000;2;7500",
                f.agbA() + ";" + f.nameA() + ";3;0,300;0,300;0,400;0,400;35000;2;17500");
        assertThat(csv(officer.download(base + "/zorglandschap.csv?jaar=2025"))).containsExactly(
                "agb_code_a;aanbieder_a;agb_code_b;aanbieder_b;verhalen_samen;gedeelde_clienten",
                String.join(";", first(f.agbA(), f.nameA(), f.agbB(), f.nameB())) + ";2;1",
                String.join(";", first(f.agbB(), f.nameB(), f.agbC(), f.nameC())) + ";1;0");
        assertThat(audited("WARM_COLD", "EXPORT")).isPositive();
        assertThat(audited("DISTRICT_COMPARISON", "EXPORT")).isPositive();
        assertThat(audited("CARE_LANDSCAPE", "EXPORT")).isPositive();
    }

    @Test
    void aProviderSeesOnlyItsOwnSharedStoriesAndOwnFiguresNeverAnothers() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        fixtures.accounts().createIfAbsent("wk-a-" + suffix, "A", "Warm-Koud-Wachtwoord-1", Role.PROVIDER, Set.of(f.providerA()));
        HttpSession provider = new HttpSession(port);
        assertThat(provider.login("wk-a-" + suffix, "Warm-Koud-Wachtwoord-1").location()).doesNotContain("error");

        assertThat(provider.get("/aanbieder/" + f.providerA()).document().select("#warm-cold-link").attr("href"))
                .isEqualTo("/aanbieder/" + f.providerA() + "/warm-koud");
        Document own = provider.get("/aanbieder/" + f.providerA() + "/warm-koud?jaar=2025").document();
        // two of A's three March stories were shared with A; the amounts are A's own declarations only
        assertThat(cells(own, "2025-03")).startsWith("2").contains("€ 350,00", "2", "€ 175,00");
        // a mean over two tellers would give their answers away: a provider reads means over ten or more only (issue 13)
        assertThat(own.select(".not-for-publication")).as("a provider's page holds no exact group figures").isEmpty();
        // (no period has ten answers, so no question column is left on the page)
        assertThat(own.select("#per-period td.mean").eachText()).allSatisfy(mean -> assertThat(mean).isEqualTo("–"));
        assertThat(own.select("#per-period").text()).doesNotContain("0,20", "0,25", "0,40");
        assertThat(cells(own, "2025-04")).startsWith("0").contains("€ 0,00");
        assertThat(own.select("#total-amount").text()).isEqualTo("€ 350,00");
        assertThat(csv(provider.download("/aanbieder/" + f.providerA() + "/warm-koud.csv?jaar=2025&per=kwartaal")))
                .contains("2025-Q1;2;35000;2;17500", "2025-Q2;0;0;0;0").doesNotContain("0,250");

        assertThat(provider.get("/aanbieder/" + f.providerB() + "/warm-koud?jaar=2025").status()).isEqualTo(403);
        assertThat(provider.download("/aanbieder/" + f.providerB() + "/warm-koud.csv?jaar=2025").statusCode()).isEqualTo(403);
        assertThat(provider.get(base + "/warm-koud?jaar=2025").status()).isEqualTo(403);
        assertThat(provider.get(base + "/zorglandschap?jaar=2025").status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'PROVIDER_WARM_COLD' "
                + "and object_id = ? and result = 'DENIED'", Long.class, String.valueOf(f.providerB()))).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'PROVIDER_WARM_COLD' "
                + "and object_id = ? and result = 'OK' and on_behalf_of = ?", Long.class, String.valueOf(f.providerA()),
                "aanbieder:" + f.providerA())).isPositive();
    }

    @Test
    void unknownOpgaveIsNotFoundAndOddParametersAreIgnored() {
        assertThat(officer.get("/dashboard/opgave/999999999/warm-koud").status()).isEqualTo(404);
        assertThat(officer.get("/dashboard/opgave/999999999/zorglandschap.csv").status()).isEqualTo(404);
        Document odd = page(base + "/warm-koud?jaar=2025&per=%3Cscript%3E&wijk=WK999999&aanbieder=987654321");
        assertThat(odd.select("#per-period tbody tr")).hasSize(12);
        assertThat(odd.select("#total-stories").text()).isEqualTo("5");
        Document malformed = page(base + "/warm-koud?jaar=2025&aanbieder=abc&per=elke-dag");
        assertThat(malformed.select("#per-period tbody tr")).as("a malformed value is ignored: the page, not an error")
                .hasSize(12);
        assertThat(malformed.select("#total-stories").text()).isEqualTo("5");
    }

    private Document page(String path) {
        HttpSession.Page page = officer.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.document();
    }

    private static List<String> cells(Document page, String key) {
        Element row = page.select("tr[data-key=" + key + "]").first();
        assertThat(row).as("row " + key).isNotNull();
        return row.select("td").eachText();
    }

    private static List<List<String>> edges(Document page) {
        return page.select("#edges tbody tr").stream().map(tr -> List.of(pair(tr.select("th").text(), tr.select("td.b").text()),
                tr.select("td.stories").text(), tr.select("td.shared").text())).toList();
    }

    private static String pair(String one, String other) {
        return one.compareTo(other) < 0 ? one + " & " + other : other + " & " + one;
    }

    /** The edge's providers in the order the export writes them (lower AGB code first). */
    private static List<String> first(String agb1, String name1, String agb2, String name2) {
        return agb1.compareTo(agb2) < 0 ? List.of(agb1, name1, agb2, name2) : List.of(agb2, name2, agb1, name1);
    }

    private static List<String> csv(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return text.substring(1).lines().toList();
    }

    private long audited(String objectType, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where object_type = ? and action = ? and object_id = ?",
                Long.class, objectType, action, String.valueOf(f.world().opgaveId()));
    }
}
