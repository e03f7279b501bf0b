package nl.duiding.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides, before any bean exists, which PostgreSQL Duiding uses. In order: an explicitly configured
 * URL; the PostgreSQL on localhost:5432 (creating Duiding's database if missing); the
 * docker-compose.yml service when a Docker engine answers. Otherwise start-up stops with
 * {@link DatabaseNotFoundException}, which {@link DatabaseNotFoundFailureAnalyzer} turns into one
 * readable paragraph.
 */
public class DatabaseLocator implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "duidingDatabaseLocator";
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.getProperty("duiding.database.auto-locate", Boolean.class, true)) {
            return;
        }
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            return;
        }
        List<String> tried = new ArrayList<>();
        tried.add("no database URL configured (DUIDING_DB_URL or SPRING_DATASOURCE_URL)");

        String host = env.getProperty("duiding.database.local-host", "localhost");
        int port = env.getProperty("duiding.database.local-port", Integer.class, 5432);
        String user = env.getProperty("duiding.database.local-user", "postgres");
        String password = env.getProperty("duiding.database.local-password", "");
        String name = env.getProperty("duiding.database.name", "duiding");
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new DatabaseNotFoundException(List.of("database name '" + name + "' is not a plain lower-case identifier"));
        }
        String server = "jdbc:postgresql://" + host + ":" + port + "/";
        try {
            ensureDatabase(server, user, password, name);
            Map<String, Object> props = new HashMap<>();
            props.put("spring.datasource.url", server + name);
            props.put("spring.datasource.username", user);
            props.put("spring.datasource.password", password);
            env.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, props));
            return;
        } catch (SQLException e) {
            tried.add("PostgreSQL on " + host + ":" + port + " as user '" + user + "': " + firstLine(e.getMessage()));
        }

        if (env.getProperty("duiding.database.docker-compose", Boolean.class, true) && dockerEngineAnswers()) {
            env.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME,
                    Map.of("spring.docker.compose.enabled", "true")));
            return;
        }
        tried.add("Docker Compose (docker-compose.yml): no Docker engine answers `docker info`");
        throw new DatabaseNotFoundException(tried);
    }

    static void ensureDatabase(String serverUrl, String user, String password, String name) throws SQLException {
        Properties info = new Properties();
        info.setProperty("user", user);
        info.setProperty("password", password);
        info.setProperty("connectTimeout", "3");
        info.setProperty("loginTimeout", "5");
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", info)) {
            try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, name);
                if (exists.executeQuery().next()) {
                    return;
                }
            }
            try (var create = c.createStatement()) {
                // name is checked against SAFE_NAME; identifiers cannot be bound as parameters
                create.execute("create database " + name + " encoding 'UTF8' template template0");
            }
        }
    }

    private static boolean dockerEngineAnswers() {
        try {
            Process p = new ProcessBuilder("docker", "info").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(Duration.ofSeconds(15).toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no answer";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
