package nl.duiding.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.duiding.opgave.DistrictView;
import nl.duiding.opgave.Law;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;
import nl.duiding.production.ImportFormat;
import nl.duiding.production.ImportSummary;
import nl.duiding.production.Imports;
import nl.duiding.production.OpgaveBudgets;

/**
 * Gives the demo its cold side after {@link DemoData}: a year of declarations by the same fictional providers in
 * the same Dordrecht districts, imported through the real CSV importer, plus budgets and product links per opgave.
 * Wlz care is not declared to a municipality, so the Wlz providers and opgave get no lines.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("duiding.demo.enabled")
class DemoDeclarations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDeclarations.class);
    private static final long YOUTH_BUDGET_PER_MONTH = 27_000_000;
    private static final long WMO_BUDGET_PER_MONTH = 12_000_000;

    private final OpgaveCatalog catalog;
    private final Imports imports;
    private final OpgaveBudgets budgets;
    private final long seed;

    DemoDeclarations(OpgaveCatalog catalog, Imports imports, OpgaveBudgets budgets,
                     @Value("${duiding.demo.seed:20261123}") long seed) {
        this.catalog = catalog;
        this.imports = imports;
        this.budgets = budgets;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (imports.hasProductionData()) {
            log.info("Demo declarations: production data exists; nothing generated");
            return;
        }
        YearMonth last = YearMonth.now().minusMonths(1);
        for (OpgaveView opgave : catalog.opgaven()) {
            planOpgave(opgave, last);
        }
        List<String> districts = catalog.districts().stream()
                .filter(d -> d.municipalityCode().equals(DemoData.MUNICIPALITY)).map(DistrictView::code).toList();
        Path file = writeCsv(new DeclarationGenerator(seed, districts), last);
        try {
            ImportSummary summary = imports.importFile(file, "demo-declaraties.csv", ImportFormat.CSV, "demo", p -> { });
            log.info("Demo declarations: {} lines imported, {} rejected", summary.accepted(), summary.rejected());
        } finally {
            file.toFile().delete();
        }
    }

    private void planOpgave(OpgaveView opgave, YearMonth last) {
        long perMonth = switch (opgave.law()) {
            case JEUGDWET -> YOUTH_BUDGET_PER_MONTH;
            case WMO -> WMO_BUDGET_PER_MONTH;
            case WLZ -> 0;
        };
        if (perMonth == 0) {
            return;
        }
        for (int m = 0; m < 12; m++) {
            budgets.setBudget(opgave.id(), last.minusMonths(m), perMonth);
        }
        DeclarationGenerator.PRODUCTS.stream()
                .filter(p -> (p.law().equals("JW") ? Law.JEUGDWET : Law.WMO) == opgave.law())
                .map(DeclarationGenerator.Product::category).distinct()
                .forEach(category -> budgets.link(opgave.id(), opgave.law(), category, null));
    }

    private static Path writeCsv(DeclarationGenerator generator, YearMonth last) {
        try {
            Path file = Files.createTempFile("duiding-demo-declaraties-", ".csv");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                generator.write(last, DemoData.MUNICIPALITY, line -> {
                    try {
                        out.write(line);
                        out.write("\r\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
