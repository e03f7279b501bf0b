package nl.duiding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Points every application context started by a test at the run's own database and at an index directory
 * of its own (two contexts must never share one Lucene directory), unless the test chose its own.
 */
public class TestEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 20;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.getProperty("duiding.test.bare", Boolean.class, false)) {
            return; // a test of start-up itself: the application sees only what the test passes
        }
        Map<String, Object> props = new HashMap<>();
        // a child JVM started by a test reuses its parent's database instead of creating one of its own
        String given = env.getProperty("duiding.test.datasource-url");
        TestDatabase.Coordinates db = given != null
                ? new TestDatabase.Coordinates(given, env.getProperty("duiding.test.datasource-username", "postgres"),
                        env.getProperty("duiding.test.datasource-password", ""), "parent")
                : env.getProperty("duiding.test.fresh-database", Boolean.class, false) ? TestDatabase.fresh() : TestDatabase.get();
        String viaPort = env.getProperty("duiding.test.database-port");
        props.put("spring.datasource.url", viaPort == null ? db.url()
                : db.url().replaceFirst("//([^/:]+):\\d+/", "//localhost:" + viaPort + "/"));
        props.put("spring.datasource.username", db.username());
        props.put("spring.datasource.password", db.password());
        if (!env.containsProperty("duiding.test.keep-index-directory")) {
            props.put("duiding.index.directory", newIndexDirectory().toString());
        }
        if (!env.containsProperty("duiding.demo.enabled")) {
            props.put("duiding.demo.enabled", "false");
        }
        // Every test request comes from 127.0.0.1, so the production rate limits would throttle the suite;
        // tests of the limits themselves set low ones with @SpringBootTest(properties = ...).
        env.getPropertySources().addLast(new MapPropertySource("duidingTestDefaults", Map.of(
                "duiding.database.pool-size", "5",
                // the suite caches a few dozen application contexts; an idle one keeps one connection, not five,
                // so the suite stays well under PostgreSQL's max_connections (100)
                "spring.datasource.hikari.minimum-idle", "1",
                "spring.datasource.hikari.idle-timeout", "10000",
                "duiding.database.connection-timeout", "10000",
                "duiding.privacy.sealing-key", "dGVzdC1vbmx5LXNlYWxpbmcta2V5LWZvci1kdWlkaW4=",
                "duiding.disclosure.record-key-secret", "test-only-record-key-secret",
                "duiding.rate-limit.login.per-address", "100000",
                "duiding.rate-limit.story.per-address", "100000",
                "duiding.rate-limit.story.per-link", "100000")));
        env.getPropertySources().addFirst(new MapPropertySource("duidingTest", props));
    }

    static Path newIndexDirectory() {
        try {
            Path dir = Files.createTempDirectory("duiding-index-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    FileSystemUtils.deleteRecursively(dir);
                } catch (IOException ignored) {
                    // best effort at JVM exit
                }
            }));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
