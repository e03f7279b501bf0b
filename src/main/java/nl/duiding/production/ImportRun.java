package nl.duiding.production;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.ProviderView;

/**
 * One import in one transaction: record, COPY the accepted lines into place (or stage every line, check across the
 * file and move the accepted lines), the rejections, and the summary. Either all of it commits or none of it does.
 */
@Component
class ImportRun {

    static final int PROGRESS_EVERY = 10_000;
    /** Rejected lines the quick way keeps in memory (a few MB); a file with more takes the staged way. */
    static final int HELD_REJECTED = 10_000;
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
            PhaseTimer timer = new PhaseTimer();
            Outcome outcome = direct(source, id, pseudonyms, progress, timer);
            if (outcome == null) {
                outcome = staged(source, id, pseudonyms, progress, timer);
            }
            ImportProgress read = outcome.read();
            importLog.warn(id, warnings(outcome.reader(), outcome.accepted()));
            timer.lap("rejections and totals");
            if (outcome.lines() > 0) {
                progress.accept(read.in(ImportProgress.Phase.SUMMING).withRejected(outcome.rejected()));
                cold.refresh(outcome.accepted().touched());
                timer.lap("cold figures summary");
            }
            log.debug("Production import {} phases: {}", id, timer);
            long amount = outcome.accepted().amountCents();
            importLog.finish(id, outcome.lines(), outcome.rejected(), amount);
            return new ImportSummary(id, source.name(), source.format(), ImportSummary.Status.IMPORTED,
                    source.importedBy(), at, outcome.lines(), outcome.rejected(), amount, false);
        });
    }

    /**
     * The quick way, for a file whose lines are new and unique (nearly every file): the accepted lines go straight
     * into {@code declared_line} by COPY while the file is read, so Java checks while PostgreSQL writes, and no line
     * is written twice. Rejected lines (at most {@link #HELD_REJECTED}) wait in memory and are staged after, for the
     * checks across the file. Null, with everything undone (savepoint), when the file needs the staged way: a key
     * twice or imported before (the unique key of {@code declared_line} stops the COPY), a rejected line with the key
     * of an accepted one (it may be the first of the two), more rejected lines than are held, or any other failure of
     * the database, which the staged way then meets as it always did. The refusal texts are the same either way.
     */
    private Outcome direct(Source source, long id, Pseudonymizer.Session pseudonyms, Consumer<ImportProgress> progress,
                           PhaseTimer timer) {
        jdbc.execute("savepoint direct_lines");
        Connection connection = DataSourceUtils.getConnection(dataSource);
        DeclarationReader reader = source.readers().get();
        List<StagedLine> held = new ArrayList<>();
        AcceptedTotals totals = new AcceptedTotals();
        ImportProgress read;
        CopyRows rows = CopyRows.declaredLines(connection, id);
        try {
            read = read(source, reader, pseudonyms, progress, line -> {
                if (line.reasons() == null) {
                    rows.write(line);
                    totals.add(line);
                } else if (held.size() < HELD_REJECTED) {
                    held.add(line);
                } else {
                    throw new TooManyRejected();
                }
            });
            rows.close();
        } catch (TooManyRejected e) {
            rows.cancel(e);
            return undone("more than " + HELD_REJECTED + " rejected lines", timer);
        } catch (RuntimeException e) {
            rows.cancel(e);
            if (fromDatabase(e)) {
                log.debug("Production import {}: COPY into declared_line stopped ({})", id, e.getMessage());
                return undone("a key twice, imported before, or a database check", timer);
            }
            throw e;
        }
        timer.lap("read, check and COPY into declared_line");
        // the unique key has checked the accepted lines across the file and against earlier imports by now
        progress.accept(read.in(ImportProgress.Phase.CHECKING));
        int rejected = 0;
        if (!held.isEmpty()) {
            StagingTable staging = new StagingTable(jdbc);
            staging.create();
            try (CopyRows staged = CopyRows.staging(connection)) {
                held.forEach(staged::write);
            }
            staging.analyze();
            if (staging.rejectedShareAKeyWith(id)) {
                return undone("a rejected line has the key of an accepted one", timer);
            }
            staging.markDuplicates(reasons.text("duplicate", "%1$s", "%2$s"), true);
            staging.markAlreadyImported(reasons.text("alreadyImported", "%1$s", "%2$s"), true);
            rejected = staging.insertRejections(id);
            timer.lap("checks of the rejected lines");
        }
        jdbc.execute("release savepoint direct_lines");
        progress.accept(read.in(ImportProgress.Phase.SAVING).withRejected(rejected));
        return new Outcome(reader, read, (int) totals.lines(), rejected, totals.accepted());
    }

    private Outcome undone(String why, PhaseTimer timer) {
        jdbc.execute("rollback to savepoint direct_lines");
        jdbc.execute("release savepoint direct_lines");
        timer.lap("straight COPY undone: " + why);
        return null;
    }

    /** Whether the failure came from PostgreSQL (as opposed to the file, which is refused the same either way). */
    private static boolean fromDatabase(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException || cause instanceof DataAccessException) {
                return true;
            }
        }
        return false;
    }

    /** The staged way: every line into the staging table, the checks across the file there, then the accepted lines moved. */
    private Outcome staged(Source source, long id, Pseudonymizer.Session pseudonyms, Consumer<ImportProgress> progress,
                           PhaseTimer timer) {
        StagingTable staging = new StagingTable(jdbc);
        staging.create();
        DeclarationReader reader = source.readers().get();
        ImportProgress read;
        try (CopyRows rows = CopyRows.staging(DataSourceUtils.getConnection(dataSource))) {
            read = read(source, reader, pseudonyms, progress, rows::write);
        }
        timer.lap("read, check and COPY");
        progress.accept(read.in(ImportProgress.Phase.CHECKING));
        staging.analyze();
        progress.accept(read.in(ImportProgress.Phase.SAVING));
        int accepted = insertAccepted(staging, id, read.rejected() > 0, timer);
        int rejected = staging.insertRejections(id);
        progress.accept(read.in(ImportProgress.Phase.SAVING).withRejected(rejected));
        return new Outcome(reader, read, accepted, rejected, staging.accepted());
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
        // the providers read once, not once per sender: each reading loads them all
        Set<String> known = catalog.providers().stream().map(ProviderView::agbCode).collect(Collectors.toSet());
        accepted.senders().forEach((agb, lines) -> {
            if (!known.contains(agb)) {
                warnings.add(new ImportSummary.Warning(reasons.warning("unknownSender", agb, String.valueOf(lines)), agb));
            }
        });
        return warnings;
    }

    /** Reads and checks every line of the file, handing each to the sink; the BSN is gone once a line is checked. */
    private ImportProgress read(Source source, DeclarationReader reader, Pseudonymizer.Session pseudonyms,
                                Consumer<ImportProgress> progress, Consumer<StagedLine> sink) {
        long total = size(source.file());
        try (InputStream file = Files.newInputStream(source.file());
             CountingInputStream counted = new CountingInputStream(file);
             InputStream in = new BufferedInputStream(counted, 1 << 16)) {
            long[] lines = {0, 0};
            reader.read(in, raw -> {
                StagedLine line = checker.check(raw, reader.decimalComma(), pseudonyms);
                if (line.reasons() != null) {
                    lines[1]++;
                }
                sink.accept(line);
                if (++lines[0] % PROGRESS_EVERY == 0) {
                    progress.accept(new ImportProgress(counted.count(), total, lines[0], lines[1]));
                }
            });
            ImportProgress read = new ImportProgress(total, total, lines[0], lines[1]);
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

    /** What is imported: the file, how it reads (a fresh reader per reading), and who asked. */
    record Source(Path file, String name, ImportFormat format, String sha256, String importedBy,
                  Supplier<DeclarationReader> readers) {
    }

    /** What one way of importing ended with: the reader (for its warnings), the lines, and the accepted lines' totals. */
    private record Outcome(DeclarationReader reader, ImportProgress read, int lines, int rejected,
                           StagingTable.Accepted accepted) {
    }

    /** More rejected lines than the quick way holds in memory. */
    private static final class TooManyRejected extends RuntimeException {
        TooManyRejected() {
            super(null, null, false, false);
        }
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
