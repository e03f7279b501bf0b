package nl.duiding.dialogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.duiding.production.Money;
import nl.duiding.report.DisclosurePolicy;

/**
 * Where a dialogue starts from: the previous dialogue on the same opgave, its decisions still open, and what the
 * data did since ("beweging"): its baseline then against the same measures now.
 */
record Movement(Dialogue previous, List<DialogueOutcome.Decision> openDecisions, Baseline then, Baseline now) {

    long storiesSince() {
        return now.stories() - then.stories();
    }

    /** One column of the "what the data did" table as it may be shown: every text through the disclosure policy. */
    record Shown(String stories, Map<String, String> triads, String amount, String clients) {
    }

    /**
     * Both baselines as shown on the dialogue page, which invited providers and the griffie read (issue 13): counts
     * as a council report writes them, a triad's mean only over at least the minimum of answers, amounts to three
     * digits. Keyed by the triads of now; a triad the baseline then did not have is "–".
     */
    Map<String, Shown> shown(DisclosurePolicy policy, Locale locale) {
        Map<String, Shown> columns = new LinkedHashMap<>();
        columns.put("then", shown(then, policy, locale));
        columns.put("now", shown(now, policy, locale));
        return columns;
    }

    private Shown shown(Baseline baseline, DisclosurePolicy policy, Locale locale) {
        Map<String, String> triads = new LinkedHashMap<>();
        for (String code : now.triads().keySet()) {
            Baseline.TriadMean mean = baseline.triads().get(code);
            triads.put(code, mean == null || !policy.allowsAggregate(mean.answers()) ? DisclosurePolicy.HIDDEN
                    : percent(mean.a()) + " / " + percent(mean.b()) + " / " + percent(mean.c()));
        }
        return new Shown(policy.count(baseline.stories()), triads,
                Money.euros(policy.amountCents(baseline.amountCents()), locale), policy.count(baseline.clients()));
    }

    private static long percent(double share) {
        return Math.round(share * 100);
    }
}
