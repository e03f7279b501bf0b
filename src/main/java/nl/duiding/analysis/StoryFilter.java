package nl.duiding.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import nl.duiding.story.TellerRole;

/**
 * Which stories a question is about. Null means "no restriction". {@code providerId} -1 selects stories
 * that name no provider; {@code sharedWithProvider} true keeps only stories whose tellers consented to
 * sharing them with the provider (the provider page's hard rule, not a facet). {@code from}/{@code to} are
 * inclusive months of submission in Europe/Amsterdam ({@link nl.duiding.platform.Period#ZONE}, as the index stores
 * them); {@code choices} are answers that must all have been chosen; {@code consent} is one of the {@link Consent}
 * facet values.
 */
public record StoryFilter(Long opgaveId, Long providerId, TellerRole role, String text, Boolean sharedWithProvider,
                          String districtCode, YearMonth from, YearMonth to, List<ChoiceAnswer> choices,
                          Consent consent) {

    /** An option that must have been chosen for a choice question. */
    public record ChoiceAnswer(String questionCode, String option) {
    }

    /** What the teller consented to; a story may have both, or {@code NONE}. */
    public enum Consent {
        SHARE, QUOTE, NONE
    }

    public StoryFilter {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public StoryFilter(Long opgaveId, Long providerId, TellerRole role, String text, Boolean sharedWithProvider) {
        this(opgaveId, providerId, role, text, sharedWithProvider, null, null, null, List.of(), null);
    }

    public StoryFilter(Long opgaveId, Long providerId, TellerRole role, String text) {
        this(opgaveId, providerId, role, text, null);
    }

    public static StoryFilter opgave(long opgaveId) {
        return new StoryFilter(opgaveId, null, null, null);
    }

    /** What a provider may see of its own stories: only those shared with it. */
    public static StoryFilter sharedWith(long providerId, String text) {
        return new StoryFilter(null, providerId, null, text, true);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public StoryFilter withProvider(Long provider) {
        return new StoryFilter(opgaveId, provider, role, text, sharedWithProvider, districtCode, from, to, choices, consent);
    }

    public StoryFilter withRole(TellerRole tellerRole) {
        return new StoryFilter(opgaveId, providerId, tellerRole, text, sharedWithProvider, districtCode, from, to, choices, consent);
    }

    public StoryFilter withText(String query) {
        return new StoryFilter(opgaveId, providerId, role, query, sharedWithProvider, districtCode, from, to, choices, consent);
    }

    public StoryFilter withDistrict(String district) {
        return new StoryFilter(opgaveId, providerId, role, text, sharedWithProvider, district, from, to, choices, consent);
    }

    /** Submitted in these months, both inclusive; either end may be null (open). */
    public StoryFilter withPeriod(YearMonth fromMonth, YearMonth toMonth) {
        return new StoryFilter(opgaveId, providerId, role, text, sharedWithProvider, districtCode, fromMonth, toMonth, choices, consent);
    }

    /** Submitted in this quarter (1–4) of the year. */
    public StoryFilter withQuarter(int year, int quarter) {
        YearMonth start = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return withPeriod(start, start.plusMonths(2));
    }

    /** Adds an answer that must have been chosen; several answers of one question must all have been chosen. */
    public StoryFilter withChoice(String questionCode, String option) {
        List<ChoiceAnswer> more = new ArrayList<>(choices);
        more.add(new ChoiceAnswer(questionCode, option));
        return withChoices(more);
    }

    public StoryFilter withChoices(List<ChoiceAnswer> answers) {
        return new StoryFilter(opgaveId, providerId, role, text, sharedWithProvider, districtCode, from, to, answers, consent);
    }

    public StoryFilter withConsent(Consent required) {
        return new StoryFilter(opgaveId, providerId, role, text, sharedWithProvider, districtCode, from, to, choices, required);
    }

    public boolean hasPeriod() {
        return from != null || to != null;
    }
}
