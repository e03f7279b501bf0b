package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.identity.Role;
import nl.duiding.identity.UserAccounts;
import nl.duiding.opgave.Law;
import nl.duiding.opgave.OpgaveCatalog;

/**
 * A policy officer uploads the published JW301, JW323 and JW325 examples (made the messages of one new provider) on the
 * upload page, and the figures page and the effect chain read allocated beside declared beside approved. By hand:
 * the JW301 allocates 2 hours and 2 dagdelen a week from 01-04-2026 to 14-07 and 19-07-2026, 16 calendar weeks each,
 * so 32 hours and 32 dagdelen; the JW323 declares RN001 50,00 + RN002 240,00 + RN003 50,00 + RN004 240,00 = 580,00
 * (its second RN004 is refused as a duplicate); the JW325 rejects RN001, RN002 and RN003, so 340,00 is rejected and
 * RN004's 240,00 approved, and nothing is left without an answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ProductionTestSupport.SECRET)
class AllocationPagesTest {

    static final String OFFICER = "test-toewijzing";
    static final String PASSWORD = "Toewijzing-Wachtwoord-Test-7";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OpgaveCatalog catalog;
    @Autowired
    OpgaveBudgets budgets;

    @Test
    void theFiguresPageShowsAllocatedDeclaredAndApproved() {
        accounts.createIfAbsent(OFFICER, "Test Toewijzing", PASSWORD, Role.POLICY_OFFICER, Set.of());
        String agb = ProductionTestSupport.uniqueAgb();
        String provider = "Toewijzing Testaanbieder " + agb;
        catalog.saveProvider(null, provider, agb);
        String opgave = "Toewijzingsopgave " + agb;
        long opgaveId = catalog.saveOpgave(null, opgave, Law.JEUGDWET, "Voor een test", List.of());
        // product codes of this test only, so other tests' lines and toewijzingen never count toward this opgave
        Map<String, String> codes = uniqueCodes();
        codes.forEach((example, code) -> budgets.link(opgaveId, Law.JEUGDWET, example.substring(0, 2), code));
        HttpSession officer = new HttpSession(port);
        assertThat(officer.login(OFFICER, PASSWORD).status()).isEqualTo(302);

        Page allocations = upload(officer, "JW301.xml", recode(AllocationImportTest.example("JW301.xml").replace("42420001", agb), codes));
        assertThat(allocations.document().select("#allocations").text()).isEqualTo("2");
        assertThat(allocations.document().select("#allocated-clients").text()).isEqualTo("1");
        assertThat(allocations.document().select("#allocated-volume li").eachText())
                .containsExactly("32 × Uur", "32 × Dagdeel (4 uur)");
        Page declarations = upload(officer, "JW323.xml", recode(AllocationImportTest.example("JW323.xml").replace("65656055", agb), codes));
        assertThat(declarations.document().select("#accepted").text()).isEqualTo("4");
        Page answer = upload(officer, "JW325.xml", recode(AllocationImportTest.example("JW325.xml").replace("65656055", agb), codes));
        assertThat(answer.document().select("#answered-declaration").text()).isEqualTo("DN001 (" + agb + ")");
        assertThat(answer.document().select("#submitted").text()).contains("-580,00");
        assertThat(answer.document().select("#awarded").text()).contains("-340,00");
        assertThat(answer.document().select("#rejected-prestaties").text()).isEqualTo("3");
        assertThat(answer.document().select("#warnings")).isEmpty();

        Page figures = officer.get("/dashboard/productie?jaar=2026&aanbieder=" + agb);
        assertThat(figures.status()).isEqualTo(200);
        assertThat(figures.document().select("#allocated-total").text())
                .isEqualTo("2 · 32 × Uur · 32 × Dagdeel (4 uur)");
        assertThat(figures.document().select("#declared-total").text()).isEqualTo("€ 580,00");
        assertThat(figures.document().select("#approved-total").text()).isEqualTo("€ 240,00");
        assertThat(figures.document().select("#rejected-total").text()).isEqualTo("€ 340,00");
        assertThat(figures.document().select("#unanswered-total").text()).isEqualTo("€ 0,00");
        Element opgaveRow = row(figures, "#allocation-per-opgave", opgave);
        assertThat(opgaveRow.select("td.allocations").text()).isEqualTo("2");
        assertThat(opgaveRow.select("td.declared").text()).isEqualTo("€ 580,00");
        assertThat(opgaveRow.select("td.approved").text()).isEqualTo("€ 240,00");
        Element providerRow = row(figures, "#allocation-per-provider", provider);
        assertThat(providerRow.select("td.allocated li").eachText()).containsExactly("32 × Uur", "32 × Dagdeel (4 uur)");
        assertThat(providerRow.select("td.declared").text()).isEqualTo("€ 580,00");
        assertThat(providerRow.select("td.approved").text()).isEqualTo("€ 240,00");
        Element districtRow = row(figures, "#allocation-per-district", "Wijk onbekend");
        assertThat(districtRow.select("td.clients").text()).isEqualTo("1");
        assertThat(districtRow.select("td.rejected").text()).isEqualTo("€ 340,00");

        Page english = officer.get("/dashboard/productie?jaar=2026&aanbieder=" + agb + "&lang=en");
        assertThat(english.document().select("#allocation-title").text()).isEqualTo("Allocated, declared and approved");
        assertThat(english.document().select("#allocation-per-provider th[scope=col]").eachText())
                .contains("Allocations", "Declared", "Approved", "Rejected", "Without answer");

        Page chain = officer.get("/dashboard/productie/opgave/" + opgaveId + "?jaar=2026&lang=nl");
        assertThat(chain.status()).isEqualTo(200);
        assertThat(chain.document().select("#chain-allocated").text()).isEqualTo("2 toewijzingen voor 1 cliënten");
        assertThat(chain.document().select("#chain-amount").text()).contains("580,00");
        assertThat(chain.document().select("#chain-approved").text()).startsWith("Goedgekeurd: € 240,00");
        assertThat(chain.document().select("#chain li .step").eachText()).containsSubsequence("Budget", "Toewijzingen",
                "Cliënten in zorg", "Geleverd", "Verhalen bij deze opgave");
    }

    /** The examples' product codes, each replaced by one no other test uses. */
    static Map<String, String> uniqueCodes() {
        String prefix = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 4).toUpperCase(java.util.Locale.ROOT);
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        int n = 1;
        for (String example : List.of("45A03", "45A04", "55A11", "55A12")) {
            codes.put(example, prefix + n++);
        }
        return codes;
    }

    static String recode(String text, Map<String, String> codes) {
        for (Map.Entry<String, String> code : codes.entrySet()) {
            text = text.replace(">" + code.getKey() + "<", ">" + code.getValue() + "<");
        }
        return text;
    }

    private static Element row(Page page, String table, String key) {
        return page.document().select(table + " tbody tr").stream()
                .filter(tr -> tr.select("th[scope=row]").text().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in " + page.document().select(table).text()));
    }

    private static Page upload(HttpSession officer, String name, String content) {
        Page form = officer.get("/beheer/productie");
        Page uploaded = officer.postFile("/beheer/productie", List.of(Map.entry("_csrf", form.csrf()),
                Map.entry("format", "AUTO")), "file", name, content.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.location()).contains("/beheer/productie/taken/");
        return ProductionTestSupport.awaitImport(officer, uploaded);
    }
}
