package nl.duiding.report;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * What a section builder gets: the scope, the disclosure policy, Dutch texts from the report bundle, and (inside
 * this module) the stories and the report's own written texts.
 */
public final class ReportContext {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ReportScope scope;
    private final DisclosurePolicy policy;
    private final MessageSource messages;
    private final Map<String, String> labels;
    private final WarmData current;
    private final WarmData previous;
    private final ReportDraft draft;

    ReportContext(ReportScope scope, DisclosurePolicy policy, MessageSource messages, Map<String, String> labels,
                  WarmData current, WarmData previous, ReportDraft draft) {
        this.scope = scope;
        this.policy = policy;
        this.messages = messages;
        this.labels = labels;
        this.current = current;
        this.previous = previous;
        this.draft = draft;
    }

    public ReportScope scope() {
        return scope;
    }

    public DisclosurePolicy policy() {
        return policy;
    }

    /** A text from the message bundles, in Dutch: reports are published in Dutch. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, DUTCH);
    }

    /** Display names: "opgave", "provider", "district", "period", "previousPeriod". */
    public String label(String what) {
        return labels.getOrDefault(what, "");
    }

    WarmData current() {
        return current;
    }

    WarmData previous() {
        return previous;
    }

    ReportDraft draft() {
        return draft;
    }
}
