package nl.duiding.report;

import java.util.List;

/**
 * Everything a report shows, already through the disclosure policy and formatted in Dutch: what is frozen (as JSON)
 * when a report is published, and the only input of the HTML template. Charts are stored as finished SVG text.
 */
public record ReportSnapshot(String title, String opgave, String scope, String period, String madeOn,
                             List<Section> sections, DataState dataState) {

    public ReportSnapshot {
        sections = List.copyOf(sections);
    }

    /** One chapter; {@code key} is stable (used as anchor), the heading is display text. */
    public record Section(String key, String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * One piece of a section. Kinds: paragraph (text), note (text, smaller), list (items), table (table), chart
     * (svg, caption, table: the data behind the chart), quote (text, attribution), withdrawn (text).
     */
    public record Block(String kind, String text, List<String> items, Table table, String svg, String caption,
                        String attribution) {

        public static Block paragraph(String text) {
            return new Block("paragraph", text, List.of(), null, null, null, null);
        }

        public static Block note(String text) {
            return new Block("note", text, List.of(), null, null, null, null);
        }

        public static Block list(List<String> items) {
            return new Block("list", null, List.copyOf(items), null, null, null, null);
        }

        public static Block table(Table table) {
            return new Block("table", null, List.of(), table, null, null, null);
        }

        public static Block chart(String svg, String caption, Table data) {
            return new Block("chart", null, List.of(), data, svg, caption, null);
        }

        public static Block quote(String text, String attribution) {
            return new Block("quote", text, List.of(), null, null, null, attribution);
        }

        public static Block withdrawn(String text) {
            return new Block("withdrawn", text, List.of(), null, null, null, null);
        }
    }

    /** A published table: every cell is text that already passed the disclosure policy. */
    public record Table(String caption, String corner, List<String> headers, List<Row> rows, String note) {
        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    public record Row(String label, List<String> cells, boolean total) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * The data a report was made from: the filters, the stories (count, newest, a digest of their ids), the
     * collections and imports it rests on.
     */
    public record DataState(String filters, long stories, String storiesPublished, String newestStory, String storyDigest,
                            List<String> collections, List<String> imports) {
        public DataState {
            collections = List.copyOf(collections);
            imports = List.copyOf(imports);
        }
    }
}
