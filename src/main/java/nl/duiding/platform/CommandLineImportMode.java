package nl.duiding.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * A command-line import ({@code --duiding.import.file=…}) is a short-lived second process beside a running
 * server: it reads a file into PostgreSQL and exits. It must not take what belongs to the server: the
 * Lucene index (whose write lock the server holds), the outbox (it would index open stories into an index
 * nobody reads and mark them done), the schedulers. So the process runs (on the port given, 0 for any)
 * on a throw-away index directory, without replaying the outbox, reconciling the index or running schedules.
 */
public class CommandLineImportMode implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "duidingCommandLineImport";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 5;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!StringUtils.hasText(env.getProperty("duiding.import.file"))) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        props.put("spring.modulith.events.republish-outstanding-events-on-restart", "false");
        props.put("duiding.index.reconcile-at-start", "false");
        props.put("duiding.scheduling.enabled", "false");
        props.put("duiding.demo.enabled", "false");
        try {
            var dir = Files.createTempDirectory("duiding-import-index-");
            dir.toFile().deleteOnExit();
            props.put("duiding.index.directory", dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        env.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, props));
    }
}
