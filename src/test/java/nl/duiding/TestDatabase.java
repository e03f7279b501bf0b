package nl.duiding;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One fresh PostgreSQL database per test JVM, and nothing left behind. In order: the server named by
 * DUIDING_TEST_DB_URL; a Testcontainers PostgreSQL when Docker answers; the PostgreSQL on localhost:5432.
 * A database created on a server is dropped when the JVM ends; leftovers of killed runs older than
 * twelve hours are dropped at the next start.
 */
public final class TestDatabase {

    public record Coordinates(String url, String username, String password, String origin) {
    }

    private static final String PREFIX = "duiding_test_";
    private static Coordinates coordinates;

    private TestDatabase() {
    }

    public static synchronized Coordinates get() {
        if (coordinates == null) {
            coordinates = create();
        }
        return coordinates;
    }

    /** An extra, empty database on the same server, for a test that needs one to itself (dropped at exit). */
    public static synchronized Coordinates fresh() {
        Coordinates shared = get();
        if (shared.origin().equals("Testcontainers")) {
            return createOn(shared.url().substring(0, shared.url().lastIndexOf('/') + 1), shared.username(), shared.password());
        }
        return createOn(shared.origin(), shared.username(), shared.password());
    }

    private static Coordinates create() {
        String server = System.getenv("DUIDING_TEST_DB_URL");
        String user = envOr("DUIDING_TEST_DB_USER", "postgres");
        String password = envOr("DUIDING_TEST_DB_PASSWORD", "");
        if (server == null || server.isBlank()) {
            if (dockerAvailable()) {
                PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
                container.start();
                Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
                return new Coordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                        "Testcontainers");
            }
            server = "jdbc:postgresql://localhost:5432/";
        }
        return createOn(server, user, password);
    }

    private static Coordinates createOn(String serverUrl, String user, String password) {
        String server = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        String name = PREFIX + Instant.now().getEpochSecond() + "_" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String admin = server + "postgres";
        try (Connection c = connect(admin, user, password); Statement s = c.createStatement()) {
            dropLeftovers(s);
            s.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("The tests need PostgreSQL: none on " + server + " (" + e.getMessage()
                    + "). Start it, or set DUIDING_TEST_DB_URL.", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(admin, user, password, name)));
        return new Coordinates(server + name, user, password, server);
    }

    private static void dropLeftovers(Statement s) throws SQLException {
        List<String> stale = new ArrayList<>();
        long cutoff = Instant.now().minus(Duration.ofHours(12)).getEpochSecond();
        try (var rs = s.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
            while (rs.next()) {
                String[] parts = rs.getString(1).substring(PREFIX.length()).split("_");
                if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
                    stale.add(rs.getString(1));
                }
            }
        }
        for (String db : stale) {
            s.execute("drop database if exists " + db + " with (force)");
        }
    }

    /**
     * Runs in a shutdown hook, concurrently with the hooks that close the application contexts: waits
     * (up to 20 s) until their connection pools have let go, so their own shutdown work still finds the
     * database, then drops it.
     */
    private static void drop(String admin, String user, String password, String name) {
        try (Connection c = connect(admin, user, password); Statement s = c.createStatement()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline && connectionsTo(s, name) > 0) {
                Thread.sleep(200);
            }
            s.execute("drop database if exists " + name + " with (force)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static int connectionsTo(Statement s, String name) throws SQLException {
        try (var rs = s.executeQuery("select count(*) from pg_stat_activity where datname = '" + name + "'")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties info = new Properties();
        info.setProperty("user", user);
        info.setProperty("password", password);
        info.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, info);
    }

    private static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(System.getenv("DUIDING_TEST_DOCKER"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
