package nl.duiding.production;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's import API: imports a declaration file (CSV, JW323, WMO323), a toewijzing message (JW301, WMO301) or a
 * declaration answer (JW325, WMO325) as one batch, idempotently, and rolls a batch back as a whole. Used by the upload
 * page, the command line and the demo.
 */
@Service
public class Imports {

    private static final Logger log = LoggerFactory.getLogger(Imports.class);

    private final ImportLog importLog;
    private final ImportRun run;
    private final XmlSchemas schemas;
    private final Pseudonymizer pseudonymizer;
    private final Reasons reasons;
    private final ColdFigures cold;
    private final MessageImport messages;
    private final MessageStore messageStore;
    private final CodeLists codes;

    Imports(ImportLog importLog, ImportRun run, XmlSchemas schemas, Pseudonymizer pseudonymizer, Reasons reasons,
            ColdFigures cold, MessageImport messages, MessageStore messageStore, CodeLists codes) {
        this.cold = cold;
        this.messages = messages;
        this.messageStore = messageStore;
        this.codes = codes;
        this.importLog = importLog;
        this.run = run;
        this.schemas = schemas;
        this.pseudonymizer = pseudonymizer;
        this.reasons = reasons;
    }

    /**
     * Imports the file; the same content a second time changes nothing and returns the first import, marked
     * {@code alreadyImported}. Throws {@link ImportFailedException} when the file as a whole cannot be read.
     */
    public ImportSummary importFile(Path file, String sourceName, ImportFormat format, String importedBy,
                                    Consumer<ImportProgress> progress) {
        String name = Bsn.mask(sourceName);
        ImportFormat resolved = new FileKinds(reasons).recognise(file, name, format);
        String sha256 = sha256(file);
        Optional<ImportSummary> earlier = importLog.bySha256(sha256);
        if (earlier.isPresent()) {
            log.info("Production import of {} skipped: same content as import {}", name, earlier.get().id());
            return earlier.get().asAlreadyImported();
        }
        Pseudonymizer.Session pseudonyms = openPseudonyms();
        if (resolved != ImportFormat.CSV) {
            validate(resolved, file);
        }
        if (resolved.allocation() || resolved.answer()) {
            try {
                ImportSummary summary = messages.execute(file, name, resolved, sha256, importedBy, pseudonyms, progress);
                log.info("Production import {} of {} ({}): {} accepted, {} rejected", summary.id(), name, resolved,
                        summary.accepted(), summary.rejected());
                return summary;
            } catch (DuplicateKeyException e) {
                return importLog.bySha256(sha256).map(ImportSummary::asAlreadyImported).orElseThrow(() -> e);
            }
        }
        Supplier<DeclarationReader> readers = () -> resolved == ImportFormat.CSV ? new CsvDeclarations(reasons)
                : new XmlDeclarations(resolved, reasons);
        long started = System.nanoTime();
        try {
            ImportSummary summary = run.execute(new ImportRun.Source(file, name, resolved, sha256, importedBy, readers),
                    pseudonyms, progress);
            log.info("Production import {} of {} ({}): {} accepted, {} rejected in {} ms", summary.id(), name, resolved,
                    summary.accepted(), summary.rejected(), (System.nanoTime() - started) / 1_000_000);
            return summary;
        } catch (DuplicateKeyException e) {
            // the same content imported at the same moment by someone else: theirs counts, ours changes nothing
            return importLog.bySha256(sha256).map(ImportSummary::asAlreadyImported).orElseThrow(() -> e);
        }
    }

    public List<ImportSummary> recent(int limit) {
        return importLog.recent(limit);
    }

    public Optional<ImportSummary> find(long id) {
        return importLog.find(id);
    }

    public List<ImportSummary.Rejection> rejections(long importId, int limit) {
        return importLog.rejections(importId, limit);
    }

    public List<ImportSummary.Warning> warnings(long importId) {
        return importLog.warnings(importId);
    }

    /** Removes every line of the import in one transaction; false when it was not (or no longer) imported. */
    @Transactional
    public boolean rollBack(long importId) {
        List<ColdFigures.Touched> touched = cold.touchedBy(importId);
        boolean done = importLog.rollBack(importId);
        if (done) {
            messageStore.deleteImport(importId);
            cold.refresh(touched);
            log.info("Production import {} rolled back", importId);
        }
        return done;
    }

    /** What a toewijzing or answer import holds (empty for a declaration import). */
    public Optional<MessageTotals> messageTotals(long importId) {
        return messageStore.totals(importId, codes);
    }

    public boolean hasProductionData() {
        return importLog.anyLines();
    }

    private Pseudonymizer.Session openPseudonyms() {
        try {
            return pseudonymizer.open();
        } catch (Pseudonymizer.MissingSecretException e) {
            throw new ImportFailedException(List.of(reasons.text("noSecret")));
        }
    }

    private void validate(ImportFormat format, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            schemas.validate(format, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
