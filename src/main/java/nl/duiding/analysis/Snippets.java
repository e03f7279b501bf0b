package nl.duiding.analysis;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

import nl.duiding.analysis.StoryInsights.Fragment;

/**
 * Builds snippets as plain-text fragments instead of HTML, so templates never render markup from story
 * text. The highlighter reports offsets only ({@link OffsetFormatter}); the text is cut here.
 */
final class Snippets {

    static final int PLAIN_LENGTH = 240;

    private Snippets() {
    }

    static List<Fragment> plain(String body) {
        String text = body.length() <= PLAIN_LENGTH ? body : body.substring(0, PLAIN_LENGTH).strip() + " …";
        return List.of(new Fragment(text, false));
    }

    /** Turns "start-end:ms-me,ms-me;…" (from {@link OffsetFormatter}) into fragments of {@code body}. */
    static List<Fragment> fromOffsets(String body, String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return plain(body);
        }
        List<Fragment> out = new ArrayList<>();
        int lastEnd = 0;
        for (String passage : encoded.split(";")) {
            String[] parts = passage.split(":", -1);
            String[] range = parts[0].split("-");
            int start = Integer.parseInt(range[0]);
            int end = Math.min(Integer.parseInt(range[1]), body.length());
            lastEnd = end;
            int cursor = start;
            if (!out.isEmpty() || start > 0) {
                out.add(new Fragment("… ", false));
            }
            if (!parts[1].isEmpty()) {
                for (String match : parts[1].split(",")) {
                    String[] m = match.split("-");
                    int ms = Integer.parseInt(m[0]);
                    int me = Math.min(Integer.parseInt(m[1]), end);
                    if (ms < cursor) {
                        continue;
                    }
                    out.add(new Fragment(body.substring(cursor, ms), false));
                    out.add(new Fragment(body.substring(ms, me), true));
                    cursor = me;
                }
            }
            out.add(new Fragment(body.substring(cursor, end), false));
        }
        if (lastEnd < body.length()) {
            out.add(new Fragment(" …", false));
        }
        return out;
    }

    /** Reports passage and match offsets, no text. */
    static final class OffsetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder sb = new StringBuilder();
            for (Passage p : passages) {
                if (!sb.isEmpty()) {
                    sb.append(';');
                }
                sb.append(p.getStartOffset()).append('-').append(p.getEndOffset()).append(':');
                for (int i = 0; i < p.getNumMatches(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    sb.append(p.getMatchStarts()[i]).append('-').append(p.getMatchEnds()[i]);
                }
            }
            return sb.toString();
        }
    }
}
