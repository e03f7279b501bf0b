package nl.duiding.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.HttpSession;
import nl.duiding.TestFixtures;
import nl.duiding.identity.Role;

/** Reads are logged with who, what and from where; the database refuses to change or erase the log. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditLogTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog log;

    @Test
    void readingADashboardIsLoggedAndAdminsCanFindIt() {
        TestFixtures.World world = fixtures.world();
        HttpSession officer = new HttpSession(port);
        officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        officer.get("/dashboard/opgave/" + world.opgaveId());

        List<AuditEntry> entries = log.search(new AuditQuery(TestFixtures.OFFICER, "OPGAVE_STORIES",
                String.valueOf(world.opgaveId()), AuditAction.READ, null, null), 10);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.actorRole()).isEqualTo("ROLE_POLICY_OFFICER");
            assertThat(e.result()).isEqualTo(AuditResult.OK);
            assertThat(e.clientAddress()).isEqualTo("127.0.0.1");
            assertThat(e.occurredAt()).isNotNull();
        });

        fixtures.accounts().createIfAbsent("test-admin", "Beheer", "Beheer-Wachtwoord-Test-7", Role.ADMIN, Set.of());
        HttpSession admin = new HttpSession(port);
        admin.login("test-admin", "Beheer-Wachtwoord-Test-7");
        var page = admin.get("/beheer/audit?objectType=OPGAVE_STORIES&objectId=" + world.opgaveId());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#audit-entries tbody tr").text()).contains(TestFixtures.OFFICER, "READ");
        assertThat(officer.get("/beheer/audit").status()).isEqualTo(403);
    }

    @Test
    void theDatabaseRefusesToChangeOrEraseTheLog() {
        log.record(AuditAction.READ, "TEST", "x", AuditResult.OK, null);
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'iemand anders'")).isInstanceOfSatisfying(DataAccessException.class,
                e -> assertThat(e.getMostSpecificCause().getMessage()).contains("append-only"));
        assertThatThrownBy(() -> jdbc.update("delete from audit_event")).isInstanceOfSatisfying(DataAccessException.class,
                e -> assertThat(e.getMostSpecificCause().getMessage()).contains("append-only"));
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).isInstanceOfSatisfying(DataAccessException.class,
                e -> assertThat(e.getMostSpecificCause().getMessage()).contains("append-only"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'TEST'", Integer.class)).isPositive();
    }

    @Test
    void tellersAreLoggedWithoutAnyIdentifyingDetail() {
        TestFixtures.World world = fixtures.world();
        HttpSession teller = new HttpSession(port);
        var form = teller.get("/vertel/" + world.collection().token());
        teller.post("/vertel/" + world.collection().token(), List.of(java.util.Map.entry("_csrf", form.csrf()),
                java.util.Map.entry("idempotencyKey", form.document().select("input[name=idempotencyKey]").val()),
                java.util.Map.entry("role", "CLIENT"), java.util.Map.entry("title", "t"), java.util.Map.entry("body", "b"),
                java.util.Map.entry("triad.wat_hielp.a", "0"), java.util.Map.entry("triad.wat_hielp.b", "0"),
                java.util.Map.entry("triad.wat_hielp.c", "100"), java.util.Map.entry("dyad.regie", "10"),
                java.util.Map.entry("consentAnalysis", "true")));
        String storyId = jdbc.queryForObject("select id::text from story where collection_id = ?", String.class,
                world.collection().id());
        assertThat(log.search(new AuditQuery(null, "STORY", storyId, AuditAction.CREATE, null, null), 5))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("verteller");
                    assertThat(e.clientAddress()).isNull();
                });
    }
}
