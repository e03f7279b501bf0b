package nl.duiding.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import nl.duiding.TestDatabase;

/** How Duiding finds its database: configured URL first, then the local server, then Docker, else one clear paragraph. */
class DatabaseLocatorTest {

    private final DatabaseLocator locator = new DatabaseLocator();

    @Test
    void anExplicitlyConfiguredUrlIsLeftAlone() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/x");
        locator.postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/x");
        assertThat(env.getPropertySources().contains(DatabaseLocator.SOURCE_NAME)).isFalse();
    }

    @Test
    void theLocalServerIsUsedAndItsDatabaseCreatedWhenMissing() throws Exception {
        TestDatabase.Coordinates db = TestDatabase.get();
        var server = java.net.URI.create(db.url().substring("jdbc:".length()));
        String serverUrl = "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + "/";
        String name = "duiding_locator_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        MockEnvironment env = new MockEnvironment()
                .withProperty("duiding.database.local-host", server.getHost())
                .withProperty("duiding.database.local-port", String.valueOf(server.getPort()))
                .withProperty("duiding.database.local-user", db.username())
                .withProperty("duiding.database.local-password", db.password())
                .withProperty("duiding.database.name", name);
        try {
            locator.postProcessEnvironment(env, new SpringApplication());
            assertThat(env.getProperty("spring.datasource.url")).endsWith("/" + name);
            try (var c = DriverManager.getConnection(env.getProperty("spring.datasource.url"), db.username(), db.password())) {
                assertThat(c.isValid(2)).isTrue();
            }
        } finally {
            try (var c = DriverManager.getConnection(serverUrl + "postgres", db.username(), db.password())) {
                c.createStatement().execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    @Test
    void withoutAnyDatabaseStartUpStopsWithOneParagraphSayingWhatWasTried() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("duiding.database.local-port", "1")
                .withProperty("duiding.database.docker-compose", "false");
        assertThatThrownBy(() -> locator.postProcessEnvironment(env, new SpringApplication()))
                .isInstanceOfSatisfying(DatabaseNotFoundException.class, e -> {
                    FailureAnalysis analysis = new DatabaseNotFoundFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription())
                            .contains("no database URL configured")
                            .contains("PostgreSQL on localhost:1")
                            .contains("Docker Compose");
                    assertThat(analysis.getAction()).contains("DUIDING_DB_URL").contains("pg_ctlcluster");
                });
    }

    @Test
    void aDatabaseNameThatIsNotAPlainIdentifierIsRefused() {
        MockEnvironment env = new MockEnvironment().withProperty("duiding.database.name", "x; drop table story");
        assertThatThrownBy(() -> locator.postProcessEnvironment(env, new SpringApplication()))
                .isInstanceOf(DatabaseNotFoundException.class)
                .hasMessageContaining("not a plain lower-case identifier");
    }
}
