package nl.duiding.production;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.duiding.opgave.OpgaveCatalog;

/**
 * Imports one toewijzing message (JW301, WMO301) or declaration answer (JW325, WMO325) in one transaction, beside
 * the declaration import ({@link ImportRun}) and recorded in the same import log, so the upload page, the command
 * line, the import page and rollback treat every file alike. A toewijzing that fails a check is refused on its own;
 * an answer is taken whole or not at all, because every prestatie it does not name counts as approved.
 */
@Component
class MessageImport {

    private static final Set<String> ALLOCATION_HEADER = Set.of("Header/Afzender", "Header/Ontvanger");
    private static final Set<String> ANSWER_HEADER = Set.of("Header/Afzender", "Header/Ontvanger",
            "BerichtIdentificatie/Dagtekening", "DeclaratieAntwoord/DeclaratieNummer", "TotaalIngediendBedrag/TotaalBedrag",
            "TotaalIngediendBedrag/DebetCredit", "TotaalToegekendBedrag/TotaalBedrag", "TotaalToegekendBedrag/DebetCredit");

    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final ImportLog importLog;
    private final MessageStore store;
    private final MessageChecker checker;
    private final Reasons reasons;
    private final OpgaveCatalog catalog;

    MessageImport(TransactionTemplate transaction, JdbcTemplate jdbc, ImportLog importLog, MessageStore store,
                  MessageChecker checker, Reasons reasons, OpgaveCatalog catalog) {
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.importLog = importLog;
        this.store = store;
        this.checker = checker;
        this.reasons = reasons;
        this.catalog = catalog;
    }

    ImportSummary execute(Path file, String name, ImportFormat format, String sha256, String importedBy,
                          Pseudonymizer.Session pseudonyms, Consumer<ImportProgress> progress) {
        long size = size(file);
        XmlMessage message = new XmlMessage(format.allocation() ? "ToegewezenProduct" : "Prestatie",
                format.allocation() ? ALLOCATION_HEADER : ANSWER_HEADER, reasons);
        List<XmlMessage.Item> items = read(file, message);
        progress.accept(new ImportProgress(size, size, items.size(), 0, ImportProgress.Phase.SAVING));
        return transaction.execute(status -> {
            Instant at = Instant.now();
            long id = importLog.start(name, format, sha256, importedBy, at);
            Outcome outcome = format.allocation() ? allocations(id, message, items, format.law(), pseudonyms)
                    : answer(id, message, items, format.law(), pseudonyms);
            importLog.warn(id, outcome.warnings());
            importLog.finish(id, outcome.accepted(), outcome.rejected().size(), outcome.amountCents());
            progress.accept(new ImportProgress(size, size, items.size(), outcome.rejected().size(), ImportProgress.Phase.SAVING));
            return new ImportSummary(id, name, format, ImportSummary.Status.IMPORTED, importedBy, at, outcome.accepted(),
                    outcome.rejected().size(), outcome.amountCents(), false);
        });
    }

    private Outcome allocations(long id, XmlMessage message, List<XmlMessage.Item> items, String law,
                                Pseudonymizer.Session pseudonyms) {
        Map<String, String> firstSeen = new HashMap<>();
        List<ImportSummary.Rejection> rejected = new ArrayList<>();
        int accepted = 0;
        long budget = 0;
        for (XmlMessage.Item item : items) {
            AllocationLine line = checker.allocation(message, item, law, pseudonyms);
            String earlier = firstSeen.putIfAbsent(line.number(), line.location());
            String why = earlier == null ? line.reasons()
                    : join(line.reasons(), reasons.text("allocationDuplicate", line.number(), earlier));
            if (why != null) {
                rejected.add(new ImportSummary.Rejection(line.location(), line.number(), why));
                continue;
            }
            store.insert(id, line);
            accepted++;
            budget += line.budgetCents() == null ? 0 : line.budgetCents();
        }
        reject(id, rejected);
        List<ImportSummary.Warning> warnings = new ArrayList<>();
        unknownSender(message.header("Header/Ontvanger"), accepted, warnings);
        return new Outcome(accepted, rejected, budget, warnings);
    }

    private Outcome answer(long id, XmlMessage message, List<XmlMessage.Item> items, String law,
                           Pseudonymizer.Session pseudonyms) {
        String agb = message.header("Header/Ontvanger");
        String declaration = message.header("DeclaratieAntwoord/DeclaratieNummer");
        store.answeredBy(law, agb, declaration).ifPresent(earlier -> {
            throw new ImportFailedException(List.of(reasons.text("answerAgain", declaration, agb, earlier)));
        });
        List<RejectedLine> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> firstSeen = new HashMap<>();
        for (XmlMessage.Item item : items) {
            RejectedLine line = checker.rejected(message, item, law, pseudonyms);
            String earlier = firstSeen.putIfAbsent(line.reference(), line.location());
            String why = earlier == null ? line.reasons() : join(line.reasons(), reasons.text("duplicate", line.reference(), earlier));
            if (why != null) {
                problems.add(line.location() + ": " + why);
            }
            lines.add(line);
        }
        if (!problems.isEmpty()) {
            problems.add(reasons.text("answerWhole"));
            throw new ImportFailedException(problems);
        }
        long submitted = signed("TotaalIngediendBedrag", message);
        long awarded = signed("TotaalToegekendBedrag", message);
        long answerId = store.insertAnswer(id, law, message.header("Header/Afzender"), agb, declaration,
                LocalDate.parse(message.header("BerichtIdentificatie/Dagtekening")), submitted, awarded);
        long rejectedCents = 0;
        for (RejectedLine line : lines) {
            store.insert(answerId, line);
            rejectedCents += line.amountCents();
        }
        List<ImportSummary.Warning> warnings = new ArrayList<>();
        if (submitted - rejectedCents != awarded) {
            warnings.add(new ImportSummary.Warning(reasons.warning("answerTotal", declaration, Money.euros(awarded),
                    Money.euros(submitted), Money.euros(rejectedCents)), null));
        }
        if (!store.declarationImported(law, agb, declaration)) {
            warnings.add(new ImportSummary.Warning(reasons.warning("answerNoDeclaration", declaration, agb), null));
        }
        unknownSender(agb, lines.size(), warnings);
        return new Outcome(lines.size(), List.of(), awarded, warnings);
    }

    /** The provider a message is for (its receiver) is no known provider: the page offers to add it. */
    private void unknownSender(String agb, int lines, List<ImportSummary.Warning> warnings) {
        if (lines > 0 && catalog.providerByAgbCode(agb).isEmpty()) {
            warnings.add(new ImportSummary.Warning(reasons.warning("unknownReceiver", agb, String.valueOf(lines)), agb));
        }
    }

    private void reject(long importId, List<ImportSummary.Rejection> rejected) {
        for (int i = 0; i < rejected.size(); i++) {
            ImportSummary.Rejection r = rejected.get(i);
            jdbc.update("insert into production_rejection (import_id, position, location, reference, reason) "
                    + "values (?, ?, ?, ?, ?)", importId, i + 1, r.location(), r.reference(), r.reason());
        }
    }

    private static long signed(String total, XmlMessage message) {
        long cents = Long.parseLong(message.header(total + "/TotaalBedrag"));
        return "C".equals(message.header(total + "/DebetCredit")) ? -cents : cents;
    }

    private static String join(String first, String second) {
        return first == null ? second : first + " " + second;
    }

    private static List<XmlMessage.Item> read(Path file, XmlMessage message) {
        List<XmlMessage.Item> items = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            message.read(in, items::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Outcome(int accepted, List<ImportSummary.Rejection> rejected, long amountCents,
                           List<ImportSummary.Warning> warnings) {
    }
}
