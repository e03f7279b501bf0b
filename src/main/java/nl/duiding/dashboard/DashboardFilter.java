package nl.duiding.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.duiding.analysis.StoryFilter;
import nl.duiding.story.TellerRole;

/**
 * The opgave dashboard's filter as request parameters: parsed leniently (a malformed value is ignored, never an
 * error page) into a {@link StoryFilter}, and written back into links that change one parameter and keep the rest.
 * Parameters: q, provider, role, district, from, to (yyyy-MM), choice (repeatable, question:option), consent.
 */
record DashboardFilter(long opgaveId, Map<String, List<String>> params, StoryFilter filter) {

    static final List<String> NAMES = List.of("q", "provider", "role", "district", "from", "to", "choice", "consent");

    static DashboardFilter parse(long opgaveId, Map<String, String[]> request) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String name : NAMES) {
            String[] values = request.get(name);
            if (values != null) {
                List<String> kept = java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank())
                        .map(v -> v.length() > 500 ? v.substring(0, 500) : v).toList();
                if (!kept.isEmpty()) {
                    params.put(name, kept);
                }
            }
        }
        StoryFilter filter = StoryFilter.opgave(opgaveId).withText(first(params, "q"))
                .withProvider(parseLong(first(params, "provider")))
                .withRole(parseEnum(TellerRole.class, first(params, "role")))
                .withDistrict(first(params, "district"))
                .withPeriod(parseMonth(first(params, "from")), parseMonth(first(params, "to")))
                .withConsent(parseEnum(StoryFilter.Consent.class, first(params, "consent")));
        List<StoryFilter.ChoiceAnswer> choices = new ArrayList<>();
        for (String choice : params.getOrDefault("choice", List.of())) {
            int colon = choice.indexOf(':');
            if (colon > 0 && colon < choice.length() - 1) {
                choices.add(new StoryFilter.ChoiceAnswer(choice.substring(0, colon), choice.substring(colon + 1)));
            }
        }
        return new DashboardFilter(opgaveId, params, filter.withChoices(choices));
    }

    public boolean isEmpty() {
        return params.isEmpty();
    }

    /** This page with one parameter set to a value (replacing what it had). */
    public String with(String name, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        next.put(name, List.of(value));
        return href(next);
    }

    /** This page with a period from one month to another. */
    public String withPeriod(String from, String to) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        next.put("from", List.of(from));
        next.put("to", List.of(to));
        return href(next);
    }

    /** This page limited to a quarter labelled {@code yyyy-Qn}. */
    public String withQuarter(String quarter) {
        YearMonth start = YearMonth.of(Integer.parseInt(quarter.substring(0, 4)),
                (Integer.parseInt(quarter.substring(6)) - 1) * 3 + 1);
        return withPeriod(start.toString(), start.plusMonths(2).toString());
    }

    /** This page with one more chosen answer required (a second option of the same question replaces the first). */
    public String withChoice(String question, String option) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        List<String> choices = new ArrayList<>(next.getOrDefault("choice", List.of()));
        choices.removeIf(c -> c.startsWith(question + ":"));
        choices.add(question + ":" + option);
        next.put("choice", choices);
        return href(next);
    }

    /** This page without the given parameters. */
    public String without(String... names) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        for (String name : names) {
            next.remove(name);
        }
        return href(next);
    }

    public String without(String name, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        List<String> rest = new ArrayList<>(next.getOrDefault(name, List.of()));
        rest.remove(value);
        if (rest.isEmpty()) {
            next.remove(name);
        } else {
            next.put(name, rest);
        }
        return href(next);
    }

    /** The active filters as (parameter, value) pairs, for the "filtered on" tags. */
    public List<Map.Entry<String, String>> active() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        params.forEach((name, values) -> values.forEach(v -> out.add(Map.entry(name, v))));
        return out;
    }

    public String first(String name) {
        return first(params, name);
    }

    private String href(Map<String, List<String>> next) {
        StringBuilder sb = new StringBuilder("/dashboard/opgave/").append(opgaveId);
        char sep = '?';
        for (var e : next.entrySet()) {
            for (String v : e.getValue()) {
                sb.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return sb.toString();
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null ? null : values.getFirst();
    }

    private static Long parseLong(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static YearMonth parseMonth(String value) {
        try {
            return value == null ? null : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
