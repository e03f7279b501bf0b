package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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

/** The upload page, progress, rejections, rollback and the figures pages over real HTTP, as a policy officer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ProductionTestSupport.SECRET)
class ProductionPagesTest {

    static final String OFFICER = "test-productie";
    static final String PASSWORD = "Productie-Wachtwoord-Test-7";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OpgaveCatalog catalog;
    @Autowired
    OpgaveBudgets budgets;
    @Autowired
    Imports imports;

    @Test
    void aPolicyOfficerUploadsSeesRejectionsFiguresAndRollsBack() {
        accounts.createIfAbsent(OFFICER, "Test Productie", PASSWORD, Role.POLICY_OFFICER, Set.of());
        String agb = ProductionTestSupport.uniqueAgb();
        String code = "Z" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        catalog.saveProvider(null, "Productie Testaanbieder " + agb, agb);
        catalog.saveDistrict("WK050501", "Binnenstad", "0505");
        long opgaveId = catalog.saveOpgave(null, "Productieopgave " + code, Law.JEUGDWET, "Voor een test", List.of());
        HttpSession officer = new HttpSession(port);
        assertThat(officer.login(OFFICER, PASSWORD).status()).isEqualTo(302);
        planOpgave(officer, opgaveId, code);

        Page form = officer.get("/beheer/productie");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.document().select("form#upload input[type=file][name=file]")).hasSize(1);
        Page uploaded = officer.postFile("/beheer/productie", List.of(Map.entry("_csrf", form.csrf()),
                Map.entry("format", "AUTO")), "file", "declaraties maart.csv", csv(agb, code));
        assertThat(uploaded.status()).isEqualTo(302);
        assertThat(uploaded.location()).contains("/beheer/productie/taken/");

        Page imported = ProductionTestSupport.awaitImport(officer, uploaded);
        assertThat(imported.document().select("#source").text()).isEqualTo("declaraties maart.csv");
        assertThat(imported.document().select("#accepted").text()).isEqualTo("2");
        assertThat(imported.document().select("#rejected").text()).isEqualTo("1");
        assertThat(imported.document().select("#amount").text()).contains("350,00");
        assertThat(imported.document().select("#rejections td").eachText())
                .contains("regel 4").anySatisfy(reason -> assertThat(reason).contains("niet volume 2"));

        var csv = officer.download(imported.document().select("#rejections-csv").attr("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("afwijzingen-import-");
        assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("\uFEFFPlaats;Referentie;Reden\r\n").contains("regel 4;3;Het bedrag");

        Page figures = officer.get("/dashboard/productie?jaar=2025&aanbieder=" + agb + "&per=kwartaal");
        assertThat(figures.status()).isEqualTo(200);
        assertThat(figures.document().select("#total-amount").text()).contains("350,00");
        assertThat(figures.document().select("#total-clients").text()).isEqualTo("2");
        assertThat(figures.document().select("figure.trend polyline")).hasSize(1);
        assertThat(figures.document().select("#per-period th[scope=row]").eachText()).containsExactly("2025-Q1");
        assertThat(figures.document().select("#per-provider th[scope=row]").text()).isEqualTo("Productie Testaanbieder " + agb);
        assertThat(figures.document().select("#per-district th[scope=row]").eachText()).contains("Binnenstad");
        assertThat(figures.document().select("select#per option[selected]").attr("value")).isEqualTo("kwartaal");
        // the English name older links used still groups per quarter
        assertThat(officer.get("/dashboard/productie?jaar=2025&aanbieder=" + agb + "&per=QUARTER").document()
                .select("#per-period th[scope=row]").eachText()).containsExactly("2025-Q1");

        Page chain = officer.get("/dashboard/productie/opgave/" + opgaveId + "?jaar=2025");
        assertThat(chain.status()).isEqualTo(200);
        assertThat(chain.document().select("#chain-budget").text()).contains("1.000,00");
        assertThat(chain.document().select("#chain-clients").text()).isEqualTo("2");
        assertThat(chain.document().select("#chain-amount").text()).contains("350,00");
        assertThat(chain.document().select("#chain a").attr("href")).isEqualTo("/dashboard/opgave/" + opgaveId);

        Page rolledBack = officer.post(imported.document().select("form.danger").attr("action"),
                List.of(Map.entry("_csrf", imported.csrf())));
        assertThat(rolledBack.status()).isEqualTo(302);
        assertThat(rolledBack.location()).endsWith("?teruggedraaid");
        Page after = officer.get(rolledBack.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(after.document().select("#status").text()).isEqualTo("Teruggedraaid");
        assertThat(after.document().select("p.notice").text()).contains("teruggedraaid");
        assertThat(officer.get("/dashboard/productie?jaar=2025&aanbieder=" + agb).document().select("#no-figures")).hasSize(1);
    }

    @Test
    void strangersAndOtherRolesCannotUploadAndNoUploadWithoutCsrf() {
        HttpSession anonymous = new HttpSession(port);
        assertThat(anonymous.get("/beheer/productie").location()).endsWith("/login");
        assertThat(anonymous.get("/dashboard/productie").location()).endsWith("/login");

        accounts.createIfAbsent("test-aanbieder-prod", "Aanbieder", PASSWORD, Role.PROVIDER, Set.of());
        HttpSession provider = new HttpSession(port);
        provider.login("test-aanbieder-prod", PASSWORD);
        assertThat(provider.get("/beheer/productie").status()).isEqualTo(403);

        accounts.createIfAbsent(OFFICER, "Test Productie", PASSWORD, Role.POLICY_OFFICER, Set.of());
        HttpSession officer = new HttpSession(port);
        officer.login(OFFICER, PASSWORD);
        assertThat(officer.postFile("/beheer/productie", List.of(), "file", "x.csv", new byte[] {1}).status()).isEqualTo(403);
        assertThat(officer.get("/beheer/productie/taken/" + UUID.randomUUID()).status()).isEqualTo(404);
        Page form = officer.get("/beheer/productie");
        Page empty = officer.postFile("/beheer/productie", List.of(Map.entry("_csrf", form.csrf())), "file", "leeg.csv", new byte[0]);
        assertThat(empty.location()).contains("/beheer/productie/taken/");
        String emptyJob = empty.location().replaceFirst("^https?://[^/]+", "");
        await().atMost(Duration.ofSeconds(30)).until(() -> officer.get(emptyJob).document().select("#job-failed").size() == 1);
        assertThat(officer.get(emptyJob).document().select("#job-problems").text()).contains("'leeg.csv' is leeg (0 bytes)");
        String status = new String(officer.download(emptyJob + "/status").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(status).contains("\"done\":true", "\"failed\":true", "\"rejections\":0", "\"lines\":0",
                "is leeg (0 bytes)");
        Page none = officer.postFile("/beheer/productie", List.of(Map.entry("_csrf", form.csrf())), "file", "", new byte[0]);
        assertThat(none.location()).endsWith("/beheer/productie?geenBestand");
        assertThat(officer.get("/beheer/productie?geenBestand").document().select("p.error").text()).contains("Kies een bestand");
    }

    @Test
    void theAdministratorOpensTheImportPagesButNotThePlanningAndCannotAddProviders() {
        accounts.createIfAbsent("test-beheer-prod", "Beheer", PASSWORD, Role.ADMIN, Set.of());
        HttpSession admin = new HttpSession(port);
        admin.login("test-beheer-prod", PASSWORD);
        Page page = admin.get("/beheer/productie");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("nav a[href=/beheer/productie]")).hasSize(1);
        assertThat(admin.get("/beheer/productie/opgave/1").status()).isEqualTo(403);
        assertThat(admin.get("/dashboard/productie").status()).isEqualTo(403);
        assertThat(admin.post("/beheer/productie/imports/1/aanbieder", List.of(Map.entry("_csrf", page.csrf()),
                Map.entry("agb", "12345678"))).status()).isEqualTo(403);

        accounts.createIfAbsent(OFFICER, "Test Productie", PASSWORD, Role.POLICY_OFFICER, Set.of());
        HttpSession officer = new HttpSession(port);
        officer.login(OFFICER, PASSWORD);
        String csrf = officer.get("/beheer/productie").csrf();
        long importId = imports.importFile(ProductionTestSupport.resource("/istandaarden/WMO323.xml"), "WMO323.xml",
                ImportFormat.AUTO, "test", p -> { }).id();
        String add = "/beheer/productie/imports/" + importId + "/aanbieder";
        assertThat(officer.post(add, List.of(Map.entry("agb", "65656055"))).status()).isEqualTo(403);
        assertThat(officer.post(add, List.of(Map.entry("_csrf", csrf), Map.entry("agb", "12345678"))).status()).isEqualTo(400);
        assertThat(new HttpSession(port).post(add, List.of(Map.entry("agb", "65656055"))).status()).isIn(302, 403);
    }

    /** Budget and product link through the planning page, with a wrong amount and an unknown category refused. */
    private void planOpgave(HttpSession officer, long opgaveId, String code) {
        String base = "/beheer/productie/opgave/" + opgaveId;
        String csrf = officer.get(base).csrf();
        assertThat(officer.post(base + "/budget", List.of(Map.entry("_csrf", csrf), Map.entry("month", "2025-03"),
                Map.entry("amount", "1.000,00"))).location()).endsWith("?opgeslagen");
        assertThat(officer.post(base + "/budget", List.of(Map.entry("_csrf", csrf), Map.entry("month", "maart"),
                Map.entry("amount", "10"))).location()).endsWith("?ongeldigBudget");
        assertThat(officer.post(base + "/koppeling", List.of(Map.entry("_csrf", csrf), Map.entry("law", "JEUGDWET"),
                Map.entry("category", "99"), Map.entry("code", ""))).location()).endsWith("?ongeldigeKoppeling");
        assertThat(officer.post(base + "/koppeling", List.of(Map.entry("_csrf", csrf), Map.entry("law", "JEUGDWET"),
                Map.entry("category", "45"), Map.entry("code", code))).location()).endsWith("?opgeslagen");
        Page planning = officer.get(base);
        assertThat(planning.document().select("#budgets td").eachText()).contains("2025-03", "\u20ac 1.000,00");
        assertThat(planning.document().select("#links td").eachText()).contains("45", code);
        assertThat(budgets.budgetCents(opgaveId, 2025)).isEqualTo(100_000);
    }

    private static byte[] csv(String agb, String code) {
        String head = "wet;declaratienummer;declaratie_begin;declaratie_eind;agb_code;gemeentecode;referentienummer;bsn;"
                + "productcategorie;productcode;product_begin;product_eind;volume;eenheid;tarief;bedrag;debet_credit;wijk\r\n";
        String rows = "JW;M1;01-03-2025;31-03-2025;" + agb + ";0505;1;999900006;45;" + code + ";01-03-2025;31-03-2025;2;04;87,50;175,00;D;WK050501\r\n"
                + "JW;M1;01-03-2025;31-03-2025;" + agb + ";0505;2;999900018;45;" + code + ";01-03-2025;31-03-2025;2;04;87,50;175,00;D;WK050501\r\n"
                + "JW;M1;01-03-2025;31-03-2025;" + agb + ";0505;3;999900018;45;" + code + ";01-03-2025;31-03-2025;2;04;87,50;180,00;D;\r\n";
        return (head + rows).getBytes(Charset.forName("windows-1252"));
    }
}
