package nl.duiding.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryThemes;
import nl.duiding.analysis.ThemeReport;
import nl.duiding.report.ReportSnapshot.Block;

/**
 * The themes of the warm side: words that are significantly more frequent in the report's stories (its period, and
 * its provider or district) than in the other stories of the opgave (keyness, ADR 0010); when the report covers
 * every story of its opgave, than in the stories of the other opgaven. Only words, no counts;
 * shown only when the disclosure policy allows an aggregate over that many tellers, and only words that occur in
 * at least that many stories, so no word points at one teller.
 */
@Component
class ThemesSection implements ReportSectionBuilder {

    static final int MAX_WORDS = 8;

    private final StoryThemes themes;

    ThemesSection(StoryThemes themes) {
        this.themes = themes;
    }

    @Override
    public int order() {
        return 350;
    }

    @Override
    public Optional<ReportSnapshot.Section> build(ReportContext context) {
        ReportScope scope = context.scope();
        int minStories = context.policy().minTellers();
        StoryFilter filter = StoryFilter.opgave(scope.opgaveId()).withProvider(scope.providerId())
                .withDistrict(scope.districtCode()).withPeriod(YearMonth.from(scope.from()), YearMonth.from(scope.to()));
        int minFrequency = Math.max(StoryThemes.DEFAULT_MIN_FREQUENCY, minStories);
        ThemeReport report = themes.themes(filter, minFrequency, MAX_WORDS * 2);
        boolean againstOthers = false;
        if (report.noComparison() && report.subsetStories() > 0 && scope.providerId() == null && scope.districtCode() == null) {
            // the report covers every story of its opgave: what sets them apart is measured against the other opgaven
            report = themes.themesAgainstOtherOpgaven(filter, minFrequency, MAX_WORDS * 2);
            againstOthers = true;
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.note(context.text(againstOthers ? "report.themes.introOthers" : "report.themes.intro", minStories)));
        if (!context.policy().allowsAggregate(report.subsetStories()) || report.noComparison()) {
            blocks.add(Block.note(context.text("report.themes.tooFew")));
        } else {
            List<String> words = report.themes().stream()
                    .filter(t -> themes.storiesWithTerm(filter, t.term(), minStories).size() >= minStories)
                    .map(ThemeReport.Theme::word).distinct().limit(MAX_WORDS).toList();
            blocks.add(words.isEmpty() ? Block.note(context.text("report.themes.none")) : Block.list(words));
        }
        return Optional.of(new ReportSnapshot.Section("themas", context.text("report.section.themes"), blocks));
    }
}
