package nl.duiding.production;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.platform.CsvDownload;

/**
 * Figures per provider and month as CSV (semicolons, for Dutch Excel). Aggregates only: no line, no pseudonym.
 */
@Controller
class FiguresExportController {

    private final ProductionFigures figures;
    private final OpgaveCatalog catalog;
    private final AuditLog audit;

    FiguresExportController(ProductionFigures figures, OpgaveCatalog catalog, AuditLog audit) {
        this.figures = figures;
        this.catalog = catalog;
        this.audit = audit;
    }

    @GetMapping("/dashboard/productie/export.csv")
    ResponseEntity<String> export(@RequestParam(name = "jaar", required = false) Integer year) throws IOException {
        int chosen = year != null ? year : figures.years().stream().findFirst().orElse(Year.now().getValue());
        Map<String, String> names = new HashMap<>();
        catalog.providers().forEach(p -> names.put(p.agbCode(), p.name()));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').setHeader("jaar", "agb_code",
                "aanbieder", "bedrag_eurocent", "unieke_clienten", "regels").get())) {
            for (FigureRow row : figures.perProvider(new FigureFilter(chosen, null, null, null))) {
                csv.printRecord(CsvDownload.safe(List.of(chosen, row.key(), names.getOrDefault(row.key(), ""),
                        row.amountCents(), row.clients(), row.lines())));
            }
        }
        audit.record(AuditAction.EXPORT, "PRODUCTION_FIGURES", chosen, AuditResult.OK, "per provider, csv");
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"productie-" + chosen + ".csv\"")
                .body(out.toString());
    }
}
