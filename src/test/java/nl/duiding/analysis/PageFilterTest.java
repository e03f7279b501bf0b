package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.duiding.analysis.StoryFilter.ChoiceAnswer;
import nl.duiding.analysis.StoryFilter.Consent;
import nl.duiding.platform.Period;
import nl.duiding.story.TellerRole;

/** The one filter without Spring's web layer: how it is read (current names, old names, junk) and written into links. */
class PageFilterTest {

    static final String PAGE = "/dashboard/opgave/7";

    @Test
    void linksWriteTheCurrentNamesInOneOrderAndEncodeEveryValue() {
        PageFilter filter = new PageFilter("zorg + hulp & meer", 12L, TellerRole.CLIENT, "WK050501", YearMonth.of(2026, 1),
                YearMonth.of(2026, 3), List.of(new ChoiceAnswer("thema", "geld")), Consent.SHARE, 2026, Period.Grouping.QUARTER);
        assertThat(filter.link(PAGE)).isEqualTo(PAGE + "?q=zorg%20%2B%20hulp%20%26%20meer&aanbieder=12&rol=CLIENT&wijk=WK050501"
                + "&van=2026-01&tot=2026-03&keuze=thema%3Ageld&toestemming=SHARE&jaar=2026&per=kwartaal");
        assertThat(PageFilter.NONE.link(PAGE)).isEqualTo(PAGE);
        assertThat(PageFilter.NONE.link(PAGE + "/themas", "term", "scootmobiel")).isEqualTo(PAGE + "/themas?term=scootmobiel");
    }

    @Test
    void linksChangeOneThingAndKeepTheRest() {
        PageFilter filter = PageFilter.of(Map.of("wijk", List.of("WK050501"), "keuze", List.of("thema:geld", "leeftijd:jong")));
        assertThat(filter.link(PAGE, "role", "CLIENT")).as("an old name is written in the current one")
                .isEqualTo(PAGE + "?wijk=WK050501&keuze=thema%3Ageld&keuze=leeftijd%3Ajong&rol=CLIENT");
        assertThat(filter.linkWithQuarter(PAGE, "2026-Q2")).endsWith("&van=2026-04&tot=2026-06");
        assertThat(filter.linkWithChoice(PAGE, "thema", "thuis")).as("a second option of one question replaces the first")
                .isEqualTo(PAGE + "?wijk=WK050501&keuze=leeftijd%3Ajong&keuze=thema%3Athuis");
        assertThat(filter.linkWithout(PAGE, "keuze", "thema:geld")).isEqualTo(PAGE + "?wijk=WK050501&keuze=leeftijd%3Ajong");
        assertThat(filter.linkWithout(PAGE, "wijk", "WK050501")).isEqualTo(PAGE + "?keuze=thema%3Ageld&keuze=leeftijd%3Ajong");
    }

    @Test
    void whatALinkWritesReadsBackAsTheSameFilter() {
        PageFilter filter = new PageFilter("a+b", -1L, TellerRole.PROFESSIONAL, "WK050502", YearMonth.of(2025, 11), null,
                List.of(new ChoiceAnswer("thema", "geld")), Consent.NONE, 2025, Period.Grouping.MONTH);
        assertThat(PageFilter.of(filter.parameters())).isEqualTo(filter);
        assertThat(filter.stories(7)).isEqualTo(StoryFilter.opgave(7).withText("a+b").withProvider(-1L)
                .withRole(TellerRole.PROFESSIONAL).withDistrict("WK050502").withPeriod(YearMonth.of(2025, 11), null)
                .withChoice("thema", "geld").withConsent(Consent.NONE));
    }

    @Test
    void oldNamesAreReadAsTheirCurrentOnes() {
        PageFilter old = PageFilter.of(Map.of("provider", List.of("12"), "role", List.of("CLIENT"), "district", List.of("WK050501"),
                "from", List.of("2026-01"), "to", List.of("2026-03"), "choice", List.of("thema:geld"), "consent", List.of("QUOTE")));
        assertThat(old).isEqualTo(new PageFilter(null, 12L, TellerRole.CLIENT, "WK050501", YearMonth.of(2026, 1),
                YearMonth.of(2026, 3), List.of(new ChoiceAnswer("thema", "geld")), Consent.QUOTE, null, null));
        assertThat(PageFilter.of(Map.of("per", List.of("QUARTER"))).per()).as("production's old value").isEqualTo(Period.Grouping.QUARTER);
        assertThat(PageFilter.of(Map.of("provider", List.of("1"), "aanbieder", List.of("2"))).providerId())
                .as("the current name wins").isEqualTo(2L);
    }

    @Test
    void malformedValuesAreLeftOut() {
        PageFilter junk = PageFilter.of(Map.of("aanbieder", List.of("abc"), "rol", List.of("KONING"), "van", List.of("gisteren"),
                "tot", List.of("2026-13"), "keuze", List.of(":", "leeftijd:", ":jong"), "toestemming", List.of("ALLES"),
                "jaar", List.of("99999"), "per", List.of("elke-dag"), "q", List.of("   ")));
        assertThat(junk).isEqualTo(PageFilter.NONE);
        assertThat(junk.narrows()).isFalse();
        assertThat(PageFilter.of(Map.of("jaar", List.of("twintig"))).year()).isNull();
        assertThat(PageFilter.of(Map.of("q", List.of("x".repeat(600)))).text()).hasSize(500);
        assertThat(PageFilter.of(Map.of("aanbieder", List.of("1", "2"), "jaar", List.of("2025", "2026"))))
                .as("a number given twice is no number").isEqualTo(PageFilter.NONE);
    }
}
