package nl.duiding.analysis;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import nl.duiding.analysis.StoryFilter.ChoiceAnswer;
import nl.duiding.analysis.StoryFilter.Consent;
import nl.duiding.platform.Period;
import nl.duiding.story.TellerRole;

/**
 * The one filter of every page about an opgave's stories and figures (dashboard, its CSV, themes, explorer,
 * comparison sides, warm next to cold), as it travels in the query string. Its names are Dutch, as the pages' paths:
 * {@code q} (search text), {@code aanbieder} (provider id, -1: none), {@code rol}, {@code wijk} (CBS code),
 * {@code van} and {@code tot} (months, yyyy-MM), {@code keuze} (repeatable, question:option), {@code toestemming},
 * {@code jaar} and {@code per} (maand or kwartaal: the monitor's year and its periods). The English names of
 * older links are aliases ({@link #ALIASES}).
 * <p>
 * Spring binds it once per request ({@code @ModelAttribute("filter") PageFilter filter}); {@link PageFilterBinding}
 * makes every value lenient, so a malformed or unknown value is left out, never an error page. Links are written
 * only by {@link #link(String)} and its variants, through {@link UriComponentsBuilder}.
 */
public record PageFilter(@BindParam("q") String text,
                         @BindParam("aanbieder") Long providerId,
                         @BindParam("rol") TellerRole role,
                         @BindParam("wijk") String districtCode,
                         @BindParam("van") YearMonth from,
                         @BindParam("tot") YearMonth to,
                         @BindParam("keuze") List<ChoiceAnswer> choices,
                         @BindParam("toestemming") Consent consent,
                         @BindParam("jaar") Integer year,
                         @BindParam("per") Period.Grouping per) {

    /** The parameters in the order links write them. */
    public static final List<String> NAMES = List.of("q", "aanbieder", "rol", "wijk", "van", "tot", "keuze",
            "toestemming", "jaar", "per");

    /** Parameter names of older links (the dashboard's English ones), still read. */
    public static final Map<String, String> ALIASES = Map.of("provider", "aanbieder", "role", "rol",
            "district", "wijk", "from", "van", "to", "tot", "choice", "keuze", "consent", "toestemming");

    public static final PageFilter NONE = new PageFilter(null, null, null, null, null, null, List.of(), null, null, null);

    static final int MAX_TEXT = 500;

    public PageFilter {
        text = text == null || text.isBlank() ? null : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        districtCode = districtCode == null || districtCode.isBlank() ? null
                : districtCode.length() > MAX_TEXT ? districtCode.substring(0, MAX_TEXT) : districtCode;
        choices = choices == null ? List.of() : choices.stream().filter(Objects::nonNull).distinct().toList();
        year = year != null && year >= 2000 && year <= 2100 ? year : null;
    }

    /** The stories of these months, nothing else narrowed. */
    public static PageFilter months(YearMonth from, YearMonth to) {
        return new PageFilter(null, null, null, null, from, to, List.of(), null, null, null);
    }

    /** A year of warm next to cold, per month or quarter, optionally of one provider and one district. */
    public static PageFilter year(int year, Period.Grouping per, Long providerId, String districtCode) {
        return new PageFilter(null, providerId, null, districtCode, null, null, List.of(), null, year, per);
    }

    /**
     * A filter from parameters that did not come as a request (a comparison side), bound by the same rules and
     * aliases as a request's.
     */
    public static PageFilter of(Map<String, List<String>> parameters) {
        return PageFilterBinding.bind(parameters);
    }

    /** The canonical name of a parameter, whether written in the current language or as an older alias. */
    public static String canonical(String name) {
        return ALIASES.getOrDefault(name, name);
    }

    /** "question:option" as a chosen answer; null when either side is missing. */
    public static ChoiceAnswer choice(String value) {
        int colon = value == null ? -1 : value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            return null;
        }
        return new ChoiceAnswer(value.substring(0, colon), value.substring(colon + 1));
    }

    /** The stories of this opgave the filter selects (the monitor's year and grouping are not a story filter). */
    public StoryFilter stories(long opgaveId) {
        return StoryFilter.opgave(opgaveId).withText(text).withProvider(providerId).withRole(role)
                .withDistrict(districtCode).withPeriod(from, to).withChoices(choices).withConsent(consent);
    }

    /** Whether the filter narrows the stories at all. */
    public boolean narrows() {
        return text != null || providerId != null || role != null || districtCode != null || from != null || to != null
                || !choices.isEmpty() || consent != null;
    }

    /** The filter as query parameters with their canonical names: the one place its values are written. */
    public MultiValueMap<String, String> parameters() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        put(params, "q", text);
        put(params, "aanbieder", providerId);
        put(params, "rol", role == null ? null : role.name());
        put(params, "wijk", districtCode);
        put(params, "van", from);
        put(params, "tot", to);
        choices.forEach(c -> params.add("keuze", c.questionCode() + ":" + c.option()));
        put(params, "toestemming", consent == null ? null : consent.name());
        put(params, "jaar", year);
        put(params, "per", per == null ? null : per.parameter());
        return params;
    }

    /** The story filter's parameters as (name, value) pairs, for the "filtered on" tags and hidden form fields. */
    public List<Map.Entry<String, String>> active() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        parameters().forEach((name, values) -> {
            if (!name.equals("jaar") && !name.equals("per")) {
                values.forEach(v -> out.add(Map.entry(name, v)));
            }
        });
        return out;
    }

    /** The page at {@code path} with this filter. */
    public String link(String path) {
        return href(path, parameters());
    }

    /** The page at {@code path} with this filter and one parameter set to a value (replacing what it had). */
    public String link(String path, String name, Object value) {
        MultiValueMap<String, String> params = parameters();
        params.put(canonical(name), new ArrayList<>(List.of(String.valueOf(value))));
        return href(path, params);
    }

    /** The page at {@code path} with this filter and the period from one month to another. */
    public String linkWithPeriod(String path, String fromMonth, String toMonth) {
        MultiValueMap<String, String> params = parameters();
        params.put("van", new ArrayList<>(List.of(fromMonth)));
        params.put("tot", new ArrayList<>(List.of(toMonth)));
        return href(path, params);
    }

    /** The page at {@code path} limited to a quarter labelled {@code yyyy-Qn}. */
    public String linkWithQuarter(String path, String quarter) {
        YearMonth start = quarterStart(quarter);
        return linkWithPeriod(path, start.toString(), start.plusMonths(2).toString());
    }

    /** The first month of a quarter labelled {@code yyyy-Qn}, as the facets label quarters. */
    public static YearMonth quarterStart(String quarter) {
        return YearMonth.of(Integer.parseInt(quarter.substring(0, 4)), (Integer.parseInt(quarter.substring(6)) - 1) * 3 + 1);
    }

    /** The page with one more chosen answer required (a second option of the same question replaces the first). */
    public String linkWithChoice(String path, String question, String option) {
        MultiValueMap<String, String> params = parameters();
        List<String> chosen = new ArrayList<>(params.getOrDefault("keuze", List.of()));
        chosen.removeIf(c -> c.startsWith(question + ":"));
        chosen.add(question + ":" + option);
        params.put("keuze", chosen);
        return href(path, params);
    }

    /** The page at {@code path} with this filter but without one value of one parameter. */
    public String linkWithout(String path, String name, String value) {
        MultiValueMap<String, String> params = parameters();
        List<String> rest = new ArrayList<>(params.getOrDefault(canonical(name), List.of()));
        rest.remove(value);
        if (rest.isEmpty()) {
            params.remove(canonical(name));
        } else {
            params.put(canonical(name), rest);
        }
        return href(path, params);
    }

    private static String href(String path, MultiValueMap<String, String> params) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        // every value encoded strictly: a '+' or '&' in search text must come back as typed
        params.forEach((name, values) -> values.forEach(v -> uri.queryParam(name, UriUtils.encode(v, StandardCharsets.UTF_8))));
        return uri.build(true).toUriString();
    }

    private static void put(MultiValueMap<String, String> params, String name, Object value) {
        if (value != null) {
            params.add(name, value.toString());
        }
    }
}
