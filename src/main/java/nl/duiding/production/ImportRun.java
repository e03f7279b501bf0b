package nl.duiding.production;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.duiding.opgave.OpgaveCatalog;

/**
 * One import in one transaction: record, stage (COPY), check across the file, then move the accepted lines
 * and the rejections into place. Either all of it commits or none of it does.
 */
@Component
class ImportRun {

    static final int PROGRESS_EVERY = 10_000;
    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ImportLog importLog;
    private final LineChecker checker;
    private final Reasons reasons;
    private final ColdFigures cold;
    private final OpgaveCatalog catalog;

    ImportRun(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transaction, ImportLog importLog,
              LineChecker checker, Reasons reasons, ColdFigures cold, OpgaveCatalog catalog) {
        this.catalog = catalog;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.importLog = importLog;
        this.checker = checker;
        this.reasons = reasons;
        this.cold = cold;
    }

    ImportSummary execute(Source source, Pseudonymizer.Session pseudonyms, Consumer<ImportProgress> progress) {
        return transaction.execute(status -> {
            Instant at = Instant.now();
            long id = importLog.start(source.name(), source.format(), source.sha256(), source.importedBy(), at);
            StagingTable staging = new StagingTable(jdbc);
            PhaseTimer timer = new PhaseTimer();
            staging.create();
            ImportProgress read = copy(source, staging, pseudonyms, progress);
            timer.lap("read, check and COPY");
            progress.accept(read.in(ImportProgress.Phase.CHECKING));
            staging.analyze();
            progress.accept(read.in(ImportProgress.Phase.SAVING));
            int accepted = insertAccepted(staging, id, read.rejected() > 0, timer);
            int rejected = staging.insertRejections(id);
            progress.accept(read.in(ImportProgress.Phase.SAVING).withRejected(rejected));
            StagingTable.Accepted totals = staging.accepted();
            long amount = totals.amountCents();
            importLog.warn(id, warnings(source.reader(), totals));
            timer.lap("rejections and totals");
            if (accepted > 0) {
                progress.accept(read.in(ImportProgress.Phase.SUMMING).withRejected(rejected));
                cold.refresh(totals.touched());
                timer.lap("cold figures summary");
            }
            log.debug("Production import {} phases: {}", id, timer);
            importLog.finish(id, accepted, rejected, amount);
            return new ImportSummary(id, source.name(), source.format(), ImportSummary.Status.IMPORTED,
                    source.importedBy(), at, accepted, rejected, amount, false);
        });
    }

    /**
     * Moves the accepted lines into place, checked across the file and against earlier imports. Mostly nothing is
     * found, so the lines are inserted first, in a savepoint, and the unique key of {@code declared_line} tells: a
     * line twice in the file or already imported fails the insert, which is then undone and the file checked in
     * full (grouping every key), so the reasons are the same either way. Only when a rejected line shares its key
     * with an accepted one is the full check needed from the start: the rejected line may be the first of the two.
     */
    private int insertAccepted(StagingTable staging, long id, boolean anyRejected, PhaseTimer timer) {
        String duplicate = reasons.text("duplicate", "%1$s", "%2$s");
        String alreadyImported = reasons.text("alreadyImported", "%1$s", "%2$s");
        if (!anyRejected || !staging.acceptedShareAKeyWithRejected()) {
            // SQL savepoints: the JPA transaction manager offers none, and this is the transaction's own connection
            jdbc.execute("savepoint accepted_lines");
            try {
                int accepted = staging.insertAccepted(id);
                timer.lap("insert lines");
                if (anyRejected) {
                    staging.markDuplicates(duplicate, true);
                    staging.markAlreadyImported(alreadyImported, true);
                    timer.lap("checks of the rejected lines");
                }
                jdbc.execute("release savepoint accepted_lines");
                return accepted;
            } catch (DuplicateKeyException e) {
                jdbc.execute("rollback to savepoint accepted_lines");
                timer.lap("insert undone: a key twice or already imported");
            }
        }
        staging.markDuplicates(duplicate, false);
        staging.markAlreadyImported(alreadyImported, false);
        timer.lap("checks across the file");
        int accepted = staging.insertAccepted(id);
        timer.lap("insert lines");
        return accepted;
    }

    /** The file's own warnings, then every sender that is no known provider (the page offers to add it). */
    private List<ImportSummary.Warning> warnings(DeclarationReader reader, StagingTable.Accepted accepted) {
        List<ImportSummary.Warning> warnings = new ArrayList<>(reader.warnings());
        accepted.senders().forEach((agb, lines) -> {
            if (catalog.providerByAgbCode(agb).isEmpty()) {
                warnings.add(new ImportSummary.Warning(reasons.warning("unknownSender", agb, String.valueOf(lines)), agb));
            }
        });
        return warnings;
    }

    private ImportProgress copy(Source source, StagingTable staging, Pseudonymizer.Session pseudonyms,
                                Consumer<ImportProgress> progress) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        long total = size(source.file());
        DeclarationReader reader = source.reader();
        try (InputStream file = Files.newInputStream(source.file());
             CountingInputStream counted = new CountingInputStream(file);
             InputStream in = new BufferedInputStream(counted, 1 << 16);
             CopyRows rows = new CopyRows(connection, StagingTable.NAME)) {
            long[] rejected = {0};
            reader.read(in, raw -> {
                StagedLine line = checker.check(raw, reader.decimalComma(), pseudonyms);
                if (line.reasons() != null) {
                    rejected[0]++;
                }
                rows.write(line);
                if (rows.rows() % PROGRESS_EVERY == 0) {
                    progress.accept(new ImportProgress(counted.count(), total, rows.rows(), rejected[0]));
                }
            });
            ImportProgress read = new ImportProgress(total, total, rows.rows(), rejected[0]);
            progress.accept(read);
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is imported: the file, how it reads, and who asked. */
    record Source(Path file, String name, ImportFormat format, String sha256, String importedBy, DeclarationReader reader) {
    }

    /** Where an import spends its time, for the log and the benchmark. */
    private static final class PhaseTimer {
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String phase) {
            long now = System.nanoTime();
            laps.append(laps.isEmpty() ? "" : ", ").append(phase).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return laps.toString();
        }
    }
}
