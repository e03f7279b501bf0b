package nl.duiding.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import nl.duiding.production.ImportFailedException;
import nl.duiding.production.ImportFormat;
import nl.duiding.production.ImportSummary;
import nl.duiding.production.Imports;

/**
 * Fuzzes the CSV and iJw/iWmo XML importers with arbitrary bytes: every file is either imported (with
 * rejected lines explained) or refused as a whole with {@link ImportFailedException} — never another
 * exception, never a hang. Seeds: the official example messages, a valid and a broken CSV, an XXE attempt
 * and a truncated message (src/test/resources/nl/duiding/fuzz/ImporterFuzzTestInputs).
 */
// A database of its own: the seeds import the example messages, which would make later import tests see duplicates.
@SpringBootTest(properties = {"duiding.pseudonym.secret=test-only-pseudonym-secret-2026", "duiding.test.fresh-database=true"})
class ImporterFuzzTest {

    private static final ImportFormat[] FORMATS = ImportFormat.values();

    @Autowired
    Imports imports;

    @FuzzTest(maxDuration = "60s")
    void anyFileIsImportedOrRefusedCleanly(FuzzedDataProvider data) throws Exception {
        ImportFormat format = FORMATS[data.consumeInt(0, FORMATS.length - 1)];
        Path file = Files.createTempFile("duiding-fuzz-", ".bin");
        try {
            Files.write(file, data.consumeRemainingAsBytes());
            Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                try {
                    return imports.importFile(file, "fuzz-" + format, format, "fuzz", progress -> { });
                } catch (ImportFailedException refused) {
                    return refused;
                }
            }, "hang guard");
            if (outcome instanceof ImportFailedException refused) {
                assertThat(refused.problems()).isNotEmpty();
            } else {
                ImportSummary summary = (ImportSummary) outcome;
                assertThat(summary.status()).isNotNull();
                assertThat(summary.accepted()).isNotNegative();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
