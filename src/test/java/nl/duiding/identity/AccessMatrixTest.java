package nl.duiding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;

/**
 * Every endpoint × every role (and anonymous): allowed or denied as designed. The endpoint list is read
 * from Spring MVC itself, so a new endpoint without a row here fails the test. Also: someone else's
 * object (IDOR) and a missing CSRF token.
 */
// the matrix pins a triad chart on a handful of stories; the minimum number of tellers (ADR 0017) is tested apart
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"duiding.pseudonym.secret=test-only-pseudonym-secret-2026", "duiding.disclosure.min-tellers=1"})
class AccessMatrixTest {

    enum Who { ANONYMOUS, POLICY_OFFICER, PROVIDER, GRIFFIE, ADMIN }

    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    static final Set<Who> OFFICER = EnumSet.of(Who.POLICY_OFFICER);
    /** Production data is imported by policy officers and by the administrator (docs: Beheer -> Import productie). */
    static final Set<Who> IMPORTER = EnumSet.of(Who.POLICY_OFFICER, Who.ADMIN);
    /** A dialogue the matrix's provider and griffie users are invited to (the griffie observes). */
    static final Set<Who> DIALOGUE = EnumSet.of(Who.POLICY_OFFICER, Who.PROVIDER, Who.GRIFFIE);
    static final Set<Who> CONTRIBUTORS = EnumSet.of(Who.POLICY_OFFICER, Who.PROVIDER);
    /** Council reports: the griffie and policy officers compose; only policy officers publish. */
    static final Set<Who> REPORTS = EnumSet.of(Who.POLICY_OFFICER, Who.GRIFFIE);

    record Rule(String method, String pattern, Set<Who> allowed) {
    }

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    TestFixtures.World world;
    long otherProviderId;
    String storyId;
    MatrixDialogue dialogue;
    Map<Who, HttpSession> sessions = new LinkedHashMap<>();

    static List<Rule> rules() {
        return List.of(
                new Rule("GET", "/", EVERYONE), new Rule("GET", "/login", EVERYONE),
                new Rule("GET", "/inloggen/geen-toegang", EnumSet.noneOf(Who.class)), new Rule("GET", "/start", SIGNED_IN),
                new Rule("GET", "/vertel/{token}", EVERYONE), new Rule("POST", "/vertel/{token}", EVERYONE),
                new Rule("GET", "/vertel/{token}/bedankt", EVERYONE),
                new Rule("GET", "/vertel/intrekken", EVERYONE), new Rule("POST", "/vertel/intrekken", EVERYONE),
                new Rule("GET", "/dashboard", OFFICER), new Rule("GET", "/dashboard/opgave/{id}", OFFICER),
                new Rule("GET", "/dashboard/opgave/{id}/vergelijk", OFFICER),
                new Rule("GET", "/dashboard/opgave/{id}/cijfers.csv", OFFICER),
                new Rule("GET", "/dashboard/verhaal/{id}", OFFICER),
                new Rule("GET", "/dashboard/opgave/{id}/themas", OFFICER), new Rule("GET", "/dashboard/opgave/{id}/verkenner", OFFICER),
                new Rule("POST", "/dashboard/verhaal/{id}/anonimisering/{field}/{position}/bevestig", OFFICER),
                new Rule("POST", "/dashboard/verhaal/{id}/anonimisering/{field}/{position}/herstel", OFFICER),
                new Rule("GET", "/dashboard/beoordelen", OFFICER),
                new Rule("POST", "/dashboard/verhaal/{id}/beoordeling", OFFICER),
                new Rule("GET", "/beheer/opgaven", OFFICER), new Rule("GET", "/beheer/opgaven/nieuw", OFFICER),
                new Rule("GET", "/beheer/opgaven/{id}", OFFICER), new Rule("POST", "/beheer/opgaven", OFFICER),
                new Rule("POST", "/beheer/opgaven/{id}", OFFICER),
                new Rule("GET", "/beheer/aanbieders", OFFICER), new Rule("POST", "/beheer/aanbieders", OFFICER),
                new Rule("GET", "/beheer/aanbieders/{id}", OFFICER), new Rule("POST", "/beheer/aanbieders/{id}", OFFICER),
                new Rule("GET", "/beheer/wijken", OFFICER), new Rule("POST", "/beheer/wijken", OFFICER),
                new Rule("GET", "/beheer/uitvragen", OFFICER), new Rule("POST", "/beheer/uitvragen", OFFICER),
                new Rule("GET", "/beheer/kaders", OFFICER), new Rule("POST", "/beheer/kaders", OFFICER),
                new Rule("GET", "/beheer/kaders/{id}", OFFICER), new Rule("GET", "/beheer/kaders/{id}/voorbeeld", OFFICER),
                new Rule("POST", "/beheer/kaders/{id}/nieuwe-versie", OFFICER),
                new Rule("POST", "/beheer/kaders/{id}/publiceren", OFFICER), new Rule("POST", "/beheer/kaders/{id}/vragen", OFFICER),
                new Rule("POST", "/beheer/kaders/{id}/vragen/{code}/weghalen", OFFICER),
                new Rule("POST", "/beheer/kaders/{id}/vragen/{code}/verplaatsen", OFFICER),
                new Rule("GET", "/beheer/audit", EnumSet.of(Who.ADMIN)),
                new Rule("GET", "/beheer/index", EnumSet.of(Who.ADMIN)),
                new Rule("POST", "/beheer/index/herbouwen", EnumSet.of(Who.ADMIN)),
                new Rule("GET", "/gebruikers", EnumSet.of(Who.ADMIN)), new Rule("POST", "/gebruikers", EnumSet.of(Who.ADMIN)),
                new Rule("POST", "/gebruikers/wachtwoord", EnumSet.of(Who.ADMIN)),
                new Rule("POST", "/gebruikers/status", EnumSet.of(Who.ADMIN)),
                new Rule("POST", "/gebruikers/verwijderen", EnumSet.of(Who.ADMIN)),
                new Rule("GET", "/wachtwoord", SIGNED_IN), new Rule("POST", "/wachtwoord", SIGNED_IN),
                new Rule("GET", "/aanbieder", EnumSet.of(Who.PROVIDER)),
                new Rule("GET", "/aanbieder/{providerId}", EnumSet.of(Who.PROVIDER)),
                new Rule("GET", "/aanbieder/{providerId}/warm-koud", EnumSet.of(Who.PROVIDER)),
                new Rule("GET", "/aanbieder/{providerId}/warm-koud.csv", EnumSet.of(Who.PROVIDER)),
                new Rule("GET", "/dashboard/opgave/{id}/warm-koud", OFFICER),
                new Rule("GET", "/dashboard/opgave/{id}/overzicht", OFFICER),
                new Rule("GET", "/dashboard/opgave/{id}/warm-koud.csv", OFFICER),
                new Rule("GET", "/dashboard/opgave/{id}/wijken", OFFICER),
                new Rule("GET", "/dashboard/opgave/{id}/wijken.csv", OFFICER),
                new Rule("GET", "/dashboard/opgave/{id}/aanbieders.csv", OFFICER),
                new Rule("GET", "/dashboard/opgave/{id}/zorglandschap", OFFICER),
                new Rule("GET", "/dashboard/opgave/{id}/zorglandschap.csv", OFFICER),
                new Rule("GET", "/dashboard/productie", OFFICER), new Rule("GET", "/dashboard/productie/opgave/{id}", OFFICER),
                new Rule("GET", "/dashboard/productie/export.csv", OFFICER),
                new Rule("GET", "/beheer/productie", IMPORTER), new Rule("POST", "/beheer/productie", IMPORTER),
                new Rule("GET", "/beheer/productie/taken/{jobId}", IMPORTER),
                new Rule("GET", "/beheer/productie/taken/{jobId}/status", IMPORTER),
                new Rule("GET", "/beheer/productie/imports/{id}", IMPORTER),
                new Rule("GET", "/beheer/productie/imports/{id}/afwijzingen.csv", IMPORTER),
                new Rule("POST", "/beheer/productie/imports/{id}/terugdraaien", IMPORTER),
                new Rule("POST", "/beheer/productie/imports/{id}/aanbieder", OFFICER),
                new Rule("GET", "/beheer/productie/opgave/{id}", OFFICER),
                new Rule("POST", "/beheer/productie/opgave/{id}/budget", OFFICER),
                new Rule("POST", "/beheer/productie/opgave/{id}/koppeling", OFFICER),
                new Rule("GET", "/dialogen", DIALOGUE), new Rule("GET", "/dialogen/nieuw", OFFICER),
                new Rule("POST", "/dialogen", OFFICER), new Rule("GET", "/dialogen/{id}", DIALOGUE),
                new Rule("POST", "/dialogen/{id}/deelnemers", OFFICER),
                new Rule("POST", "/dialogen/{id}/deelnemers/verwijderen", OFFICER),
                new Rule("POST", "/dialogen/{id}/materiaal", CONTRIBUTORS),
                new Rule("GET", "/dialogen/{id}/verhalen", CONTRIBUTORS),
                new Rule("GET", "/dialogen/{id}/materiaal/{itemId}/svg", DIALOGUE),
                new Rule("GET", "/dialogen/{id}/materiaal/{itemId}/afdruk", DIALOGUE),
                new Rule("GET", "/dialogen/{id}/verhaalkaarten", DIALOGUE),
                new Rule("POST", "/dialogen/{id}/observaties", CONTRIBUTORS),
                new Rule("POST", "/dialogen/{id}/observaties/{observationId}/duidingen", CONTRIBUTORS),
                new Rule("POST", "/dialogen/{id}/observaties/{observationId}/sluiten", CONTRIBUTORS),
                new Rule("POST", "/dialogen/{id}/besluiten", CONTRIBUTORS),
                new Rule("POST", "/dialogen/{id}/besluiten/{decisionId}/status", CONTRIBUTORS),
                new Rule("POST", "/dialogen/{id}/ontwikkelingen", CONTRIBUTORS),
                new Rule("GET", "/rapporten", REPORTS), new Rule("POST", "/rapporten", REPORTS),
                new Rule("GET", "/rapporten/{id}", REPORTS), new Rule("POST", "/rapporten/{id}", REPORTS),
                new Rule("GET", "/rapporten/{id}/secties", REPORTS), new Rule("GET", "/rapporten/{id}/citaten", REPORTS),
                new Rule("GET", "/rapporten/{id}/voorbeeld", REPORTS), new Rule("GET", "/rapporten/{id}/publiceren", OFFICER),
                new Rule("POST", "/rapporten/{id}/citaten", REPORTS),
                new Rule("POST", "/rapporten/{id}/citaten/{quoteId}/weghalen", REPORTS),
                new Rule("POST", "/rapporten/{id}/publiceren", OFFICER),
                new Rule("GET", "/rapporten/{id}/document", REPORTS), new Rule("GET", "/rapporten/{id}/document.pdf", REPORTS));
    }

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        otherProviderId = fixtures.world().providerId();
        UserAccounts accounts = fixtures.accounts();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfAbsent("matrix-aanbieder-" + suffix, "A", "matrix-Wachtwoord-aanbieder-1", Role.PROVIDER,
                Set.of(world.providerId()));
        accounts.createIfAbsent("matrix-griffie-" + suffix, "G", "matrix-Wachtwoord-griffie-1", Role.GRIFFIE, Set.of());
        accounts.createIfAbsent("matrix-beheer-" + suffix, "B", "matrix-Wachtwoord-beheer-1", Role.ADMIN, Set.of());
        sessions.put(Who.ANONYMOUS, new HttpSession(port));
        sessions.put(Who.POLICY_OFFICER, signedIn(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD));
        sessions.put(Who.PROVIDER, signedIn("matrix-aanbieder-" + suffix, "matrix-Wachtwoord-aanbieder-1"));
        sessions.put(Who.GRIFFIE, signedIn("matrix-griffie-" + suffix, "matrix-Wachtwoord-griffie-1"));
        sessions.put(Who.ADMIN, signedIn("matrix-beheer-" + suffix, "matrix-Wachtwoord-beheer-1"));
        storyId = tellOne();
        dialogue = MatrixDialogue.create(sessions.get(Who.POLICY_OFFICER), world.opgaveId(),
                "matrix-aanbieder-" + suffix, "matrix-griffie-" + suffix);
    }

    @Test
    void everyEndpointHasARule() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern ->
                info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(m.name() + " " + pattern))));
        Set<String> ruled = new TreeSet<>();
        rules().forEach(r -> ruled.add(r.method() + " " + r.pattern()));
        endpoints.removeIf(e -> e.endsWith(" /error"));
        assertThat(ruled).containsExactlyInAnyOrderElementsOf(endpoints);
    }

    @Test
    void everyRoleGetsExactlyWhatTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : rules()) {
            for (Who who : Who.values()) {
                Page page = call(who, rule, true);
                boolean allowed = page.status() != 403 && page.status() != 401
                        && !(page.status() == 302 && page.location() != null && page.location().endsWith("/login"));
                if (allowed != rule.allowed().contains(who)) {
                    wrong.add(rule.method() + " " + rule.pattern() + " as " + who + " -> " + page.status()
                            + (allowed ? " (allowed, should be denied)" : " (denied, should be allowed)"));
                }
                assertThat(page.status()).as(rule + " as " + who).isLessThan(500);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theSingleSignOnRefusalPageAnswers403ToEveryone() {
        Page page = sessions.get(Who.ANONYMOUS).get("/inloggen/geen-toegang");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.document().select("h1").text()).isNotBlank();
    }

    @Test
    void postsWithoutCsrfTokenAreRefusedForEveryone() {
        for (Rule rule : rules().stream().filter(r -> r.method().equals("POST")).toList()) {
            for (Who who : rule.allowed()) {
                assertThat(call(who, rule, false).status()).as(rule + " without CSRF as " + who).isEqualTo(403);
            }
        }
    }

    @Test
    void aProviderCannotOpenAnotherProvidersStories() {
        HttpSession provider = sessions.get(Who.PROVIDER);
        assertThat(provider.get("/aanbieder/" + world.providerId()).status()).isEqualTo(200);
        assertThat(provider.get("/aanbieder/" + otherProviderId).status()).isEqualTo(403);
        assertThat(provider.get("/aanbieder/" + otherProviderId + "/warm-koud").status()).isEqualTo(403);
        assertThat(provider.get("/aanbieder/" + otherProviderId + "/warm-koud.csv").status()).isEqualTo(403);
        assertThat(provider.get("/dashboard/opgave/" + world.opgaveId() + "/warm-koud").status()).isEqualTo(403);
        assertThat(provider.get("/dashboard/verhaal/" + storyId).status()).isEqualTo(403);
        assertThat(provider.get("/dashboard/opgave/" + world.opgaveId()).status()).isEqualTo(403);
        assertThat(provider.get("/dashboard/opgave/" + world.opgaveId() + "/themas").status()).isEqualTo(403);
        assertThat(provider.get("/dashboard/opgave/" + world.opgaveId() + "/verkenner?minA=0").status()).isEqualTo(403);
    }

    private Page call(Who who, Rule rule, boolean withCsrf) {
        HttpSession session = sessions.get(who);
        String path = concrete(rule.pattern());
        if (rule.method().equals("GET")) {
            return session.get(path);
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        if (withCsrf && rule.pattern().equals("/vertel/{token}")) {
            // the story submit is protected by its signed form token instead of the session's CSRF token
            Page form = session.get(path);
            fields.add(Map.entry("formToken", form.formToken()));
            fields.add(Map.entry("idempotencyKey", form.document().select("input[name=idempotencyKey]").val()));
        } else if (withCsrf) {
            fields.add(Map.entry("_csrf", session.get("/login").csrf()));
        }
        return session.post(path, fields);
    }

    private String concrete(String pattern) {
        return dialogue.concrete(pattern).replace("/rapporten/{id}", "/rapporten/999999").replace("{quoteId}", "1").replace("{token}", world.collection().token()).replace("{providerId}", String.valueOf(world.providerId()))
                .replace("/opgave/{id}", "/opgave/" + world.opgaveId()).replace("/verhaal/{id}", "/verhaal/" + storyId)
                .replace("/opgaven/{id}", "/opgaven/" + world.opgaveId())
                .replace("/imports/{id}", "/imports/999999").replace("/kaders/{id}", "/kaders/" + world.framework().id())
                .replace("{code}", "bestaat_niet").replace("{jobId}", UUID.randomUUID().toString())
                .replace("/aanbieders/{id}", "/aanbieders/" + world.providerId())
                .replace("{field}", "BODY").replace("{position}", "0");
    }

    private String tellOne() {
        HttpSession teller = new HttpSession(port);
        Page form = teller.get("/vertel/" + world.collection().token());
        teller.post("/vertel/" + world.collection().token(), List.of(Map.entry("_csrf", form.csrf()), Map.entry("formToken", form.formToken()),
                Map.entry("idempotencyKey", form.document().select("input[name=idempotencyKey]").val()), Map.entry("role", "CLIENT"),
                Map.entry("title", "Matrix"), Map.entry("body", "Een verhaal met Fatima erin."),
                Map.entry("providerId", String.valueOf(world.providerId())), Map.entry("consentShare", "true"),
                Map.entry("triad.wat_hielp.a", "50"), Map.entry("triad.wat_hielp.b", "50"), Map.entry("triad.wat_hielp.c", "0"),
                Map.entry("dyad.regie", "50"), Map.entry("consentAnalysis", "true")));
        return jdbc.queryForObject("select id::text from story where collection_id = ? limit 1", String.class,
                world.collection().id());
    }

    private HttpSession signedIn(String user, String password) {
        HttpSession session = new HttpSession(port);
        assertThat(session.login(user, password).location()).doesNotContain("error");
        return session;
    }
}
