package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** How an upload ended survives the job leaving memory; a job the application never finished reads as interrupted. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ProductionTestSupport.SECRET)
class ImportJobsTest {

    @Autowired
    ImportJobs jobs;
    @Autowired
    JobLog jobLog;

    @Test
    void aRefusedFileIsReadBackFromTheTableWithItsReason() {
        String id = jobs.start(ProductionTestSupport.write(new byte[] {'P', 'K', 3, 4, 0, 0}, ".zip"), "pakket.zip",
                ImportFormat.AUTO, "test");
        await().atMost(Duration.ofSeconds(20)).until(() -> jobs.find(id).orElseThrow().done());

        ImportJob recorded = jobLog.find(id, "onderbroken").orElseThrow();
        assertThat(recorded.failed()).isTrue();
        assertThat(recorded.sourceName()).isEqualTo("pakket.zip");
        assertThat(recorded.problems()).singleElement().asString().contains("pak het eerst uit");
    }

    @Test
    void aJobThatNeverFinishedIsInterruptedAndAnUnknownIdIsNotFound() {
        String id = UUID.randomUUID().toString();
        jobLog.started(id, "groot.csv", "test", Instant.now());

        ImportJob job = jobs.find(id).orElseThrow();
        assertThat(job.failed()).isTrue();
        assertThat(job.problems()).singleElement().asString().startsWith("De import is onderbroken doordat de toepassing opnieuw is gestart");
        assertThat(jobs.find(UUID.randomUUID().toString())).isEmpty();
        assertThat(jobs.find("geen-uuid")).isEmpty();
    }
}
