package nl.duiding.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.duiding.privacy.Finding;
import nl.duiding.privacy.Scrubber;

/** Turns scrubber findings into redactions, masked texts and display parts. Pure functions. */
final class Masking {

    private Masking() {
    }

    static List<Redaction> redactions(Redaction.Field field, List<Finding> findings) {
        List<Redaction> out = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            out.add(new Redaction(field, i, f.kind(), f.start(), f.end(), Redaction.State.AUTO));
        }
        return out;
    }

    /** The original with every applied redaction replaced by its placeholder. */
    static String mask(String original, List<Redaction> redactions) {
        return Scrubber.mask(original, redactions.stream().filter(Redaction::applied)
                .map(r -> new Finding(r.kind(), r.start(), r.end())).toList());
    }

    /**
     * Splits a masked text into parts, locating each redaction from its original offsets: an applied one
     * stands as its placeholder, an undone one as the original text it restored.
     */
    static List<TextPart> parts(String masked, List<Redaction> redactions) {
        List<TextPart> parts = new ArrayList<>();
        int delta = 0;
        int cursor = 0;
        for (Redaction r : redactions.stream().sorted(Comparator.comparingInt(Redaction::start)).toList()) {
            int at = r.start() + delta;
            int length = r.applied() ? r.kind().placeholder().length() : r.end() - r.start();
            if (at < cursor || at + length > masked.length()) {
                continue;
            }
            if (at > cursor) {
                parts.add(new TextPart(masked.substring(cursor, at), null, null));
            }
            parts.add(new TextPart(masked.substring(at, at + length), r.position(), r.state()));
            cursor = at + length;
            delta += length - (r.end() - r.start());
        }
        if (cursor < masked.length()) {
            parts.add(new TextPart(masked.substring(cursor), null, null));
        }
        return parts;
    }
}
