package nl.duiding.privacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Schools, GP practices and health centres of the municipality's list, in any case, spacing and punctuation
 * ("cbs het mozaiek", "prins willem alexander"). The name of an entry is what remains without the words that only say
 * what kind of institution it is ("basisschool", "praktijk", "college"); what counts (ADR 0018, "Institution names"):
 * <ul>
 * <li>the entry as listed, also with other generic words before it ("openbare basisschool de regenboog");</li>
 * <li>a name with two or more words of its own ("johan de witt", "jansen en aydin"), anywhere;</li>
 * <li>a name with one word of its own, often an ordinary phrase ("de regenboog", "het kompas", "merewade"), only after
 *     a word that says it is an institution: a generic word ("school de regenboog"), "op", a role with van, op or bij
 *     ("juf van", "juf sanne van", "assistente bij"), "patiënt bij"; and after a verb of going and "naar" ("gaat elke
 *     dag naar") when the name starts with an article (a bare word after "naar" is mostly a place: "naar dubbeldam");</li>
 * <li>a name without a word of its own — only words that are never a name, a district or a provider
 *     ("sterrenburg", "de linde") — only after a generic word ("praktijk de linde").</li>
 * </ul>
 */
final class InstitutionDetector implements Detector {

    private static final List<String> GENERIC_BEFORE = List.of("basisschool", "school", "obs", "cbs", "pcbs", "rkbs",
            "ikc", "kindcentrum", "sbo", "daltonschool", "montessorischool", "jenaplanschool", "praktijkschool", "openbare",
            "christelijke", "katholieke", "scholengemeenschap", "huisartsenpraktijk", "huisartspraktijk", "huisartsen",
            "praktijk", "gezondheidscentrum", "gezondheidshuis", "huisartsenpost");
    private static final List<String> GENERIC_AFTER = List.of("college", "lyceum", "gymnasium", "scholengemeenschap",
            "scholengroep");
    /** Words of a name that are not its own: articles, tussenvoegsels, prepositions. */
    private static final Set<String> FUNCTION_WORDS = Set.of("de", "het", "t", "een", "van", "der", "den", "ter", "ten",
            "te", "in", "op", "aan", "bij", "en", "voor", "da", "di", "du", "dos", "le", "la", "el", "al", "s");
    private static final Set<String> ARTICLES = Set.of("de", "het", "t");
    private static final String ROLES = "juf|juffrouw|meester|leraar|lerares|leerkracht|docent|docente|mentor|begeleider"
            + "|directeur|directrice|conci[eë]rge|zorgco[oö]rdinator|huisarts|dokter|arts|assistente|doktersassistente"
            + "|praktijkondersteuner|poh|praktijkverpleegkundige";
    /** "op"; a role, perhaps with a name, and van/op/bij ("juf van", "juf sanne van"); "patiënt bij". */
    private static final String CUE = "(?:op|(?:" + ROLES + ")(?:\\s+\\p{L}+){0,2}?\\s+(?:van|op|bij)"
            + "|(?:pati[eë]nt|ingeschreven|aangemeld)\\s+bij)";
    /** A verb of going and, a few words on, "naar" ("gaat elke dag met plezier naar"). */
    private static final String GOING = "(?:ga|gaat|ging|gaan|gingen|moet|moest|moeten|wil|wilde|willen)"
            + "(?:\\s+\\p{L}+){0,4}?\\s+naar";
    private static final String START = "(?<![\\p{L}\\p{N}])";
    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final String GENERIC = "(?:" + String.join("|", GENERIC_BEFORE) + ")[\\s.]+";
    private static final String TRAILING = "(?:[\\s-]+(?:" + String.join("|", GENERIC_AFTER) + "))?";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Each finds the name in its group "name"; earlier rules win where they overlap. */
    private final List<Pattern> rules = new ArrayList<>();

    /** {@code neverAName}: words that never make a name on their own (districts, providers, places, function words). */
    InstitutionDetector(InstitutionList list, Predicate<String> neverAName) {
        Set<String> anywhere = new HashSet<>();
        Set<String> afterCue = new HashSet<>();
        Set<String> afterGenericOnly = new HashSet<>();
        Set<String> afterHet = new HashSet<>();
        Set<String> withArticle = new HashSet<>();
        for (String entry : list.names()) {
            Entry e = Entry.of(entry);
            if (e.core().isEmpty()) {
                continue;
            }
            if (e.lead() + e.trail() > 0) {
                anywhere.add(e.regex(0, e.words().size()));
            }
            String name = e.regex(e.lead(), e.words().size() - e.trail());
            long own = e.core().stream().filter(w -> !FUNCTION_WORDS.contains(w) && !neverAName.test(w)).count();
            if (own >= 2) {
                anywhere.add(name);
            } else if (own == 1) {
                afterCue.add(name);
                if (e.trail() > 0) {
                    afterHet.add(name);
                }
                if (ARTICLES.contains(e.core().getFirst())) {
                    withArticle.add(name);
                }
            } else {
                afterGenericOnly.add(name);
            }
        }
        Set<String> afterGeneric = new HashSet<>(afterCue);
        afterGeneric.addAll(afterGenericOnly);
        rule("(?<name>(?:" + GENERIC + ")*", anywhere, TRAILING + ")");
        rule("(?<name>(?:" + GENERIC + ")+", afterGeneric, TRAILING + ")");
        // a college's name takes "het" ("op het merewade", "naar het da costa"); the article stays outside the span
        rule("(?:" + CUE + "|" + GOING + ")\\s+het\\s+(?<name>", afterHet, ")");
        rule(CUE + "\\s+(?<name>", afterCue, ")");
        rule(GOING + "\\s+(?<name>", withArticle, ")");
    }

    private void rule(String before, Set<String> names, String after) {
        if (!names.isEmpty()) {
            String alternatives = names.stream().sorted(Comparator.comparingInt(String::length).reversed()
                    .thenComparing(Comparator.naturalOrder())).collect(Collectors.joining("|", "(?:", ")"));
            rules.add(Pattern.compile(START + before + alternatives + after + END,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        for (Pattern rule : rules) {
            Matcher m = rule.matcher(text);
            while (m.find()) {
                found.add(new Finding(PersonalDataKind.INSTITUTION, m.start("name"), m.end("name")));
            }
        }
        return found;
    }

    /**
     * A list entry as words, with how they were separated: by a space (then any spaces or punctuation will do) or by
     * punctuation only ("willem-alexander": then also nothing, "willemalexander").
     */
    private record Entry(List<String> words, List<Boolean> spaced, int lead, int trail) {

        static Entry of(String entry) {
            List<String> words = new ArrayList<>();
            List<Boolean> spaced = new ArrayList<>();
            String lower = entry.toLowerCase(Locale.ROOT);
            Matcher m = WORD.matcher(lower);
            int previousEnd = -1;
            while (m.find()) {
                if (previousEnd >= 0) {
                    spaced.add(lower.substring(previousEnd, m.start()).chars().anyMatch(Character::isWhitespace));
                }
                words.add(m.group());
                previousEnd = m.end();
            }
            int lead = 0;
            while (lead < words.size() - 1 && GENERIC_BEFORE.contains(words.get(lead))) {
                lead++;
            }
            int trail = 0;
            while (words.size() - trail - 1 > lead && GENERIC_AFTER.contains(words.get(words.size() - trail - 1))) {
                trail++;
            }
            return new Entry(words, spaced, lead, trail);
        }

        List<String> core() {
            return words.subList(lead, words.size() - trail);
        }

        /** Words [from, to) as a pattern that takes any case, spacing, punctuation and missing diacritics. */
        String regex(int from, int to) {
            StringBuilder out = new StringBuilder();
            for (int i = from; i < to; i++) {
                if (i > from) {
                    out.append(spaced.get(i - 1) ? "[\\s.,'’&/-]+" : "[\\s.,'’&/-]*");
                }
                out.append(word(words.get(i)));
            }
            return out.toString();
        }

        /** "'t" is also written "t" or "het"; "mozaïek" also "mozaiek". */
        private static String word(String word) {
            if (word.equals("t") || word.equals("het")) {
                return "(?:['’]?t|het)";
            }
            StringBuilder out = new StringBuilder();
            for (char c : word.toCharArray()) {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(base.length() == 1 && base.charAt(0) != c ? "[" + c + base + "]" : String.valueOf(c));
            }
            return out.toString();
        }
    }
}
