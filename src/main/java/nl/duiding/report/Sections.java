package nl.duiding.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.duiding.report.ReportSnapshot.Row;
import nl.duiding.report.ReportSnapshot.Table;

/** Small helpers the section builders share: paragraphs from typed text, disclosed tables as published tables. */
final class Sections {

    private Sections() {
    }

    /** Text typed by a person, split into paragraphs at blank lines. */
    static List<ReportSnapshot.Block> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty())
                .map(ReportSnapshot.Block::paragraph).toList();
    }

    /** A protected count table as published text, totals row last. */
    static Table table(DisclosurePolicy.Disclosed disclosed, String note) {
        CountTable source = disclosed.source();
        List<String> headers = new ArrayList<>(source.columnLabels());
        if (source.rowTotals()) {
            headers.add(source.totalLabel());
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < disclosed.text().length; r++) {
            boolean total = source.columnTotals() && r == disclosed.text().length - 1;
            rows.add(new Row(total ? source.totalLabel() : source.rowLabels().get(r), List.of(disclosed.text()[r]), total));
        }
        return new Table(source.caption(), source.corner(), headers, rows, note);
    }
}
