package nl.duiding.production;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;

/** What the production integration tests share: one secret (so they share one Spring context) and files. */
final class ProductionTestSupport {

    /** Every production integration test uses exactly these properties, so Spring caches one context for them. */
    static final String SECRET = "duiding.pseudonym.secret=test-only-pseudonym-secret-2026";

    private ProductionTestSupport() {
    }

    static Path resource(String name) {
        try (InputStream in = ProductionTestSupport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            Path file = Files.createTempFile("duiding-test-", "-" + Path.of(name).getFileName());
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(byte[] content, String suffix) {
        try {
            Path file = Files.createTempFile("duiding-test-", suffix);
            Files.write(file, content);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An AGB code no other test uses, so tests sharing the database never see each other's lines. */
    static String uniqueAgb() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(20_000_000, 98_999_999));
    }

    /**
     * After an upload (a redirect to its job page), polls the job page until the import is done and it redirects to
     * the import's page, and returns that page.
     */
    static Page awaitImport(HttpSession officer, Page uploaded) {
        String jobPath = uploaded.location().replaceFirst("^https?://[^/]+", "");
        AtomicReference<Page> done = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Page page = officer.get(jobPath);
            if (page.status() == 302) {
                done.set(officer.follow(page));
                return true;
            }
            return false;
        });
        return done.get();
    }
}
