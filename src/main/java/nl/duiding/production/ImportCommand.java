package nl.duiding.production;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;

/**
 * Imports one large file from the command line, then exits (0 imported or already imported, 1 refused):
 * {@code java -jar target/duiding.jar --server.port=0 --duiding.import.file=/path/file.csv}.
 * No upload limit, and the progress goes to the log. The import is audited with the system as actor and
 * {@code duiding.import.by} (who ran it) in the details.
 */
@Component
@Order(10)
@ConditionalOnProperty("duiding.import.file")
class ImportCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);
    private static final int REJECTIONS_LOGGED = 20;

    private final Imports imports;
    private final ConfigurableApplicationContext context;
    private final Path file;
    private final ImportFormat format;
    private final String importedBy;
    private final AuditLog audit;

    ImportCommand(Imports imports, ConfigurableApplicationContext context, @Value("${duiding.import.file}") Path file,
                  @Value("${duiding.import.format:AUTO}") ImportFormat format,
                  @Value("${duiding.import.by:command line}") String importedBy, AuditLog audit) {
        this.audit = audit;
        this.imports = imports;
        this.context = context;
        this.file = file;
        this.format = format;
        this.importedBy = importedBy;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = importFile();
        ExitCodeGenerator exit = () -> code;
        System.exit(SpringApplication.exit(context, exit));
    }

    private String details() {
        return "command line, by=" + importedBy + " file=" + Bsn.mask(file.getFileName().toString()) + " format=" + format;
    }

    int importFile() {
        if (!Files.isReadable(file)) {
            log.error("Cannot read {}", file);
            return 1;
        }
        int[] lastPercent = {-1};
        try {
            ImportSummary summary = imports.importFile(file, file.getFileName().toString(), format, importedBy, p -> {
                if (p.percent() / 5 != lastPercent[0] / 5) {
                    lastPercent[0] = p.percent();
                    log.info("Importing {}: {}% read, {} lines", file.getFileName(), p.percent(), p.lines());
                }
            });
            log.info("Import {}{}: {} accepted, {} rejected, amount {}", summary.id(),
                    summary.alreadyImported() ? " (same content imported before, nothing changed)" : "",
                    summary.accepted(), summary.rejected(), Money.euros(summary.amountCents()));
            imports.rejections(summary.id(), REJECTIONS_LOGGED)
                    .forEach(r -> log.info("Rejected {}: {}", r.location(), r.reason()));
            audit.recordBySystem(AuditAction.CREATE, "PRODUCTION_IMPORT", summary.id(), AuditResult.OK, details());
            return 0;
        } catch (ImportFailedException e) {
            e.problems().forEach(problem -> log.error("Import refused: {}", problem));
            audit.recordBySystem(AuditAction.CREATE, "PRODUCTION_IMPORT", "-", AuditResult.FAILED, details());
            return 1;
        }
    }
}
