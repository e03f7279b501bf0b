package nl.duiding.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryThemes;
import nl.duiding.analysis.ThemeReport;
import nl.duiding.platform.Period;

/**
 * Builds an opgave's overview from the figures the detail pages show: the quarters' rows of warm next to cold
 * ({@link WarmCold#perPeriod}, so the numbers are those of the warm-koud page) and the keyness themes of the quarter
 * ({@link StoryThemes}, those of the themes page). Nothing is computed a second way here, only compared.
 */
@Service
class Overviews {

    static final int THEMES = 5;

    private final WarmCold warmCold;
    private final StoryThemes themes;
    private final SignifierCatalog signifiers;

    Overviews(WarmCold warmCold, StoryThemes themes, SignifierCatalog signifiers) {
        this.warmCold = warmCold;
        this.themes = themes;
        this.signifiers = signifiers;
    }

    OpgaveOverview of(long opgaveId, Quarter now, Locale locale) {
        Quarter before = now.previous();
        List<Signifier> questions = signifiers.forOpgave(opgaveId, locale);
        WarmColdRow thisRow = row(opgaveId, now, questions);
        WarmColdRow lastRow = row(opgaveId, before, questions);
        List<OpgaveOverview.TriadMove> triads = new ArrayList<>();
        for (Signifier s : questions) {
            if (s.triad()) {
                List<OpgaveOverview.CornerMove> corners = new ArrayList<>();
                for (int c = 0; c < 3; c++) {
                    corners.add(new OpgaveOverview.CornerMove(s.labels().size() > c ? s.labels().get(c) : "",
                            percent(thisRow.mean(s, c)), percent(lastRow.mean(s, c))));
                }
                triads.add(new OpgaveOverview.TriadMove(s.code(), s.prompt(), corners, thisRow.answered(s), lastRow.answered(s)));
            }
        }
        ThemeReport report = themes.themes(StoryFilter.opgave(opgaveId).withQuarter(now.year(), now.quarter()),
                StoryThemes.DEFAULT_MIN_FREQUENCY, THEMES);
        return new OpgaveOverview(now, before, change(thisRow.stories(), lastRow.stories()),
                change(thisRow.amountCents(), lastRow.amountCents()), change(thisRow.clients(), lastRow.clients()),
                change(thisRow.amountPerClientCents(), lastRow.amountPerClientCents()), triads,
                report.themes().stream().map(ThemeReport.Theme::word).toList(), !report.noComparison());
    }

    private WarmColdRow row(long opgaveId, Quarter quarter, List<Signifier> questions) {
        Scope scope = new Scope(quarter.year(), Period.Grouping.QUARTER, opgaveId, null, null, null, false);
        return warmCold.perPeriod(scope, questions).stream().filter(r -> r.key().equals(quarter.key())).findFirst()
                .orElseThrow();
    }

    private static OpgaveOverview.Change change(long now, long before) {
        return new OpgaveOverview.Change(now, before);
    }

    private static Long percent(double share) {
        return Double.isNaN(share) ? null : Math.round(share * 100);
    }
}
