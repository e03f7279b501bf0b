package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.DuidingApplication;
import nl.duiding.TestDatabase;

/**
 * The README's command-line import works while the server runs on the same index directory: this test's
 * application is the running server (it holds the index's write lock); the import runs as a second JVM,
 * exactly as documented, and must import and exit 0 instead of failing on the Lucene write lock.
 */
@SpringBootTest(properties = ProductionTestSupport.SECRET)
class ImportBesideServerTest {

    @TempDir
    Path work;
    @Value("${duiding.index.directory}")
    Path serverIndex;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCommandLineImportRunsBesideTheServerAndLeavesItsIndexAlone() throws Exception {
        String by = "naast-de-server-" + java.util.UUID.randomUUID();
        TestDatabase.Coordinates db = TestDatabase.get();
        Path log = work.resolve("import.log");
        Process process = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), DuidingApplication.class.getName(),
                "--server.port=0", "--duiding.import.file=" + ProductionTestSupport.resource("/istandaarden/JW323.xml"),
                "--duiding.test.datasource-url=" + db.url(), "--duiding.test.datasource-username=" + db.username(),
                "--duiding.test.datasource-password=" + db.password(), "--duiding.test.keep-index-directory=true",
                "--duiding.index.directory=" + serverIndex, "--duiding.import.by=" + by, "--" + ProductionTestSupport.SECRET))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("import finished; see " + log).isTrue();

        String output = Files.readString(log);
        assertThat(output).doesNotContain("LockObtainFailedException", "write.lock");
        assertThat(process.exitValue()).as(output).isZero();
        // the import ran and was audited (the same file may have been imported before: then nothing changes)
        assertThat(output).contains("Import ");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where details like ?", Long.class, "%by=" + by + "%"))
                .isOne();
        assertThat(Files.exists(serverIndex.resolve("write.lock"))).as("the server still holds its index").isTrue();
    }
}
