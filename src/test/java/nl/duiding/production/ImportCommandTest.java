package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditQuery;
import nl.duiding.audit.AuditResult;

/** A command-line import reports its result as an exit code and lands in the audit log with the system as actor. */
@SpringBootTest(properties = ProductionTestSupport.SECRET)
class ImportCommandTest {

    @Autowired
    Imports imports;
    @Autowired
    AuditLog audit;
    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void anImportFromTheCommandLineIsAudited() {
        String by = "beheerder-" + UUID.randomUUID().toString().substring(0, 8);
        ImportCommand command = new ImportCommand(imports, context, ProductionTestSupport.resource("/istandaarden/JW323.xml"),
                ImportFormat.AUTO, by, audit);
        assertThat(command.importFile()).isZero();

        assertThat(audit.search(new AuditQuery(AuditLog.SYSTEM, "PRODUCTION_IMPORT", null, AuditAction.CREATE, null, null), 50))
                .filteredOn(e -> e.details().contains("by=" + by)).singleElement().satisfies(e -> {
                    assertThat(e.result()).isEqualTo(AuditResult.OK);
                    assertThat(e.actorRole()).isEqualTo("SYSTEM");
                    assertThat(e.details()).contains("JW323.xml");
                });
    }

    @Test
    void aRefusedOrMissingFileGivesExitCodeOne() {
        ImportCommand missing = new ImportCommand(imports, context, Path.of("/bestaat/niet.csv"), ImportFormat.AUTO, "x", audit);
        assertThat(missing.importFile()).isEqualTo(1);
    }
}
