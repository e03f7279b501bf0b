package nl.duiding.report;

import java.util.List;

/**
 * Exact counts before disclosure control: rows × columns, optionally with a total per row and per column (and
 * then a grand total). Only {@link DisclosurePolicy#protect} turns it into something publishable.
 */
public record CountTable(String caption, String corner, List<String> rowLabels, List<String> columnLabels,
                         long[][] cells, boolean rowTotals, boolean columnTotals, String totalLabel) {

    public CountTable {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        if (cells.length != rowLabels.size()) {
            throw new IllegalArgumentException("one row of cells per row label");
        }
        for (long[] row : cells) {
            if (row.length != columnLabels.size()) {
                throw new IllegalArgumentException("one cell per column label");
            }
        }
    }

    public int rows() {
        return rowLabels.size();
    }

    public int columns() {
        return columnLabels.size();
    }
}
