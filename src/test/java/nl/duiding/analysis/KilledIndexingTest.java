package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.DuidingApplication;
import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestDatabase;
import nl.duiding.TestFixtures;

/**
 * Exactly once, also after a crash: the application is killed with SIGKILL after a story's database commit
 * and before its index write. After a restart the index holds every stored story exactly once.
 */
@SpringBootTest
class KilledIndexingTest {

    @TempDir
    Path work;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStoryCommittedJustBeforeAKillIsIndexedOnceAfterRestart() throws Exception {
        TestFixtures.World world = fixtures.world();
        Path index = work.resolve("index");
        Path marker = work.resolve("stalled");

        Process first = start(index, "--duiding.test.stall-index-writes=PT5M", "--duiding.test.stall-marker=" + marker);
        String storyId;
        try {
            int port = awaitPort(first);
            String key = tell(port, world);
            storyId = jdbc.queryForObject("select id::text from story where idempotency_key = ?::uuid", String.class, key);
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(marker));
        } finally {
            first.destroyForcibly();
            first.waitFor();
        }
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(jdbc.queryForObject("select count(*) from story where id = ?::uuid", Integer.class, storyId)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                + "and serialized_event like ?", Integer.class, "%" + storyId + "%")).as("outbox entry left open").isOne();
        assertThat(indexedIds(index)).doesNotContain(storyId);

        Process second = start(index);
        try {
            awaitPort(second);
            long stored = jdbc.queryForObject("select count(*) from story where consent_analysis", Long.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> indexedIds(index).contains(storyId));
            List<String> ids = indexedIdsWithRepeats(index);
            assertThat(ids).hasSize((int) stored).doesNotHaveDuplicates();
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private Process start(Path index, String... extra) throws IOException {
        TestDatabase.Coordinates db = TestDatabase.get();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), DuidingApplication.class.getName(),
                "--server.port=" + port, "--duiding.test.datasource-url=" + db.url(),
                "--duiding.test.datasource-username=" + db.username(), "--duiding.test.datasource-password=" + db.password(),
                "--duiding.test.keep-index-directory=true", "--duiding.index.directory=" + index,
                "--duiding.index.retry-interval=PT2S"));
        command.addAll(List.of(extra));
        Path log = work.resolve("app-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ports.put(process, new int[] {port});
        logs.put(process, log);
        return process;
    }

    private final Map<Process, int[]> ports = new java.util.HashMap<>();
    private final Map<Process, Path> logs = new java.util.HashMap<>();

    private int awaitPort(Process process) {
        Path log = logs.get(process);
        int port = ports.get(process)[0];
        // started in its log, and answering on its port (on a busy machine the first connection can still fail)
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(process.isAlive()).as("app died: see " + log).isTrue();
            return Files.readString(log).contains("Started DuidingApplication") && answers(port);
        });
        return port;
    }

    private static boolean answers(int port) {
        try {
            return new HttpSession(port).get("/login").status() == 200;
        } catch (java.io.UncheckedIOException notYet) {
            return false;
        }
    }

    private static String tell(int port, TestFixtures.World world) {
        HttpSession teller = new HttpSession(port);
        Page form = teller.get("/vertel/" + world.collection().token());
        Page sent = teller.post("/vertel/" + world.collection().token(), List.of(Map.entry("formToken", form.formToken()),
                Map.entry("idempotencyKey", form.document().select("input[name=idempotencyKey]").val()),
                Map.entry("role", "CLIENT"), Map.entry("title", "Vlak voor de crash"), Map.entry("body", "Een verhaal."),
                Map.entry("triad.wat_hielp.a", "40"), Map.entry("triad.wat_hielp.b", "30"), Map.entry("triad.wat_hielp.c", "30"),
                Map.entry("dyad.regie", "50"), Map.entry("consentAnalysis", "true")));
        assertThat(sent.status()).as("acknowledged").isEqualTo(302);
        return form.document().select("input[name=idempotencyKey]").val();
    }

    private static Set<String> indexedIds(Path index) throws IOException {
        return new HashSet<>(indexedIdsWithRepeats(index));
    }

    private static List<String> indexedIdsWithRepeats(Path index) throws IOException {
        List<String> ids = new ArrayList<>();
        if (!Files.exists(index)) {
            return ids;
        }
        try (FSDirectory dir = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(dir)) {
                return ids;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                StoredFields fields = reader.storedFields();
                var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        ids.add(fields.document(doc).get(StoryFields.ID));
                    }
                }
            }
        }
        return ids;
    }
}
