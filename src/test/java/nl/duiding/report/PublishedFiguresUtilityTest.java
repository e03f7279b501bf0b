package nl.duiding.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.duiding.opgave.DistrictView;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;
import nl.duiding.opgave.ProviderView;
import nl.duiding.story.StoryArchive;
import nl.duiding.story.TellerRole;

/**
 * Protection must leave the figures useful (issue 13): on the demo, every published count whose truth is 100 or
 * more (the headline total, stories per role, stories per provider and role of a report) lies within 2% of that
 * truth. Counts below 100 are rounded as well, so they are not held to 2%; the test prints how close they are.
 * The scopes are the ones a griffie user composes: every opgave, with and without each provider and each district,
 * over a year, half a year and each quarter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"duiding.test.fresh-database=true", "spring.profiles.active=demo", "duiding.demo.stories=1500"})
class PublishedFiguresUtilityTest {

    @Autowired
    StoryArchive archive;
    @Autowired
    RecordKeys recordKeys;
    @Autowired
    DisclosurePolicy policy;
    @Autowired
    OpgaveCatalog catalog;

    record Figure(String where, long truth, String published) {
        double relativeError() {
            return Math.abs(Long.parseLong(published) - truth) / (double) truth;
        }
    }

    @Test
    void publishedTotalsOfAHundredOrMoreAreWithinTwoPercentOfTheTruth() {
        LocalDate to = LocalDate.now(ReportScope.ZONE);
        List<LocalDate[]> periods = new ArrayList<>();
        periods.add(new LocalDate[] {to.minusMonths(12).plusDays(1), to});
        periods.add(new LocalDate[] {to.minusMonths(6).plusDays(1), to});
        for (int q = 0; q < 4; q++) {
            periods.add(new LocalDate[] {to.minusMonths(3L * (q + 1)).plusDays(1), to.minusMonths(3L * q)});
        }
        List<Figure> figures = new ArrayList<>();
        for (OpgaveView opgave : catalog.opgaven()) {
            List<ReportScope> scopes = new ArrayList<>();
            for (LocalDate[] period : periods) {
                scopes.add(new ReportScope(opgave.id(), null, null, period[0], period[1]));
                for (ProviderView provider : catalog.providers()) {
                    scopes.add(new ReportScope(opgave.id(), provider.id(), null, period[0], period[1]));
                }
                for (DistrictView district : catalog.districts()) {
                    scopes.add(new ReportScope(opgave.id(), null, district.code(), period[0], period[1]));
                }
            }
            for (ReportScope scope : scopes) {
                WarmData data = WarmData.of(archive, scope, recordKeys);
                String where = scope.toString();
                figures.add(new Figure(where + " total", data.total, policy.count(data.total, data.totalKey)));
                for (Map.Entry<TellerRole, Long> role : data.perRole.entrySet()) {
                    figures.add(new Figure(where + " " + role.getKey(), role.getValue(),
                            policy.count(role.getValue(), data.perRoleKey.getOrDefault(role.getKey(), 0d))));
                }
                data.perProviderRole.forEach((provider, roles) -> roles.forEach((role, n) -> figures.add(new Figure(
                        where + " provider " + provider + " " + role, n,
                        policy.count(n, data.perProviderRoleKey.getOrDefault(provider, Map.of()).getOrDefault(role, 0d))))));
            }
        }
        List<Figure> large = figures.stream().filter(f -> f.truth() >= 100).toList();
        List<Figure> middle = figures.stream().filter(f -> f.truth() >= 8 && f.truth() < 100
                && !f.published().equals(DisclosurePolicy.SMALL)).toList();
        double worstLarge = large.stream().mapToDouble(Figure::relativeError).max().orElse(0);
        double meanLarge = large.stream().mapToDouble(Figure::relativeError).average().orElse(0);
        double worstMiddle = middle.stream().mapToDouble(Figure::relativeError).max().orElse(0);
        long exactLarge = large.stream().filter(f -> Long.parseLong(f.published()) == f.truth()).count();
        System.out.printf("Utility on the demo: %d published counts >= 100, worst %.2f%%, mean %.2f%%, %d exactly true; "
                        + "%d counts 8-99, worst %.1f%%%n", large.size(), 100 * worstLarge, 100 * meanLarge, exactLarge,
                middle.size(), 100 * worstMiddle);
        assertThat(large).as("the demo has counts of 100 or more to measure").hasSizeGreaterThan(20);
        assertThat(large).as("published counts of 100 or more within 2%% of the truth")
                .allSatisfy(f -> assertThat(f.relativeError()).as(f.where() + ": " + f.truth() + " published as " + f.published())
                        .isLessThanOrEqualTo(0.02));
    }
}
