package nl.duiding.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names tellers type, in any case: a dictionary name that is no ordinary word ("fatima", "jansen"); a name that
 * is also a word ("roos", "bakker") only with context — a cue before it ("meneer", "mijn buurvrouw", "juf"), a
 * capital mid-sentence, or a name beside it; a capitalised word after a cue; and two capitalised words in the
 * middle of a sentence. Following family names and their tussenvoegsels are swallowed ("fatima de vries").
 * Words on the allow-list (provider, district and place names, days, months, laws) are never names.
 */
final class NameDetector implements Detector {

    static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "ter", "ten", "te", "el", "al", "da",
            "le", "la", "'t", "von", "du");
    /** Followed by a name nearly always. */
    private static final Set<String> STRONG_CUES = Set.of("heet", "heette", "heten", "genaamd", "meneer", "mevrouw",
            "mevr", "mw", "dhr", "mr", "dr", "juf", "juffrouw", "meester", "dokter", "huisarts", "tante", "oom", "opa",
            "oma", "buurman", "buurvrouw");
    /** Often followed by a name, often by a verb: a word that is also ordinary is not taken after these. */
    private static final Set<String> CUES = Set.of("zoon", "dochter", "man", "vrouw", "moeder", "vader", "broer", "zus",
            "zusje", "broertje", "vriend", "vriendin", "vriendje", "vriendinnetje", "begeleider", "begeleidster",
            "hulpverlener", "consulent", "collega", "kleinzoon", "kleindochter", "partner", "neef", "nicht", "stiefvader",
            "stiefmoeder", "mentor", "coach", "jongen", "meisje", "pleegmoeder", "pleegvader", "ex");
    /**
     * Frequent family names that are also nouns, taken without a cue only where the noun would need an article:
     * after a preposition or conjunction, or first in the sentence ("met visser", "kok zei", "dekker en ik").
     */
    private static final Set<String> BARE_SURNAMES = Set.of("bakker", "visser", "mulder", "dekker", "brouwer", "kok",
            "kramer", "koster", "schipper", "jonker", "ruiter", "molenaar", "timmerman", "schouten", "kuiper", "kuipers",
            "jager", "boer", "koning", "ridder", "keizer", "vos", "bos", "haan", "wit", "prins", "huisman", "blom", "vink",
            "kroon", "mol", "stam", "schaap", "haas", "pronk", "koopman", "vonk", "boon", "blok", "baas", "knol", "pol",
            "tromp", "schut", "klomp", "valk", "borst", "burger", "vogel", "snijder", "staal", "wolf", "klerk", "schilder",
            "zwaan", "bol", "braam", "krol", "bloem", "spijker", "reus", "nagel", "spruit", "smits", "peters", "evers");
    private static final Set<String> BEFORE_BARE_SURNAME = Set.of("met", "van", "bij", "aan", "voor", "door", "naar", "en",
            "of", "dan", "zei", "belde", "tegen", "dat", "want", "maar", "toen", "ook", "heeft", "had", "was", "is");
    private static final Set<String> ABBREVIATED_CUES = Set.of("mevr", "mw", "dhr", "mr", "dr");
    private static final Set<String> ALWAYS_ALLOWED = Set.of("ik", "mijn", "we", "wij", "het", "de", "een", "maar", "en",
            "toen", "daarna", "nu", "na", "bij", "via", "sinds", "als", "door", "er", "zonder", "wat", "ook", "soms",
            "uiteindelijk", "eerlijk", "eindelijk", "samen", "iedereen", "familie", "wmo", "wlz", "jeugdwet", "veilig",
            "thuis", "nederland", "dordrecht", "rotterdam", "amsterdam", "utrecht", "den", "haag", "ggd", "cjg", "uwv",
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart",
            "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december", "kerst", "pasen",
            "god", "corona", "covid", "nederlands", "engels", "turks", "arabisch", "marokkaans", "pools", "jeugdzorg",
            "zwijndrecht", "papendrecht", "sliedrecht", "gorinchem", "whatsapp", "facebook", "google", "teams", "zoom",
            // the placeholders themselves: masking an already masked text (an edited quote) leaves them as they are
            "naam", "adres", "bsn", "telefoon", "e-mail", "iban", "postcode", "geboortedatum", "kenteken", "instelling");

    private final Lexicon lexicon = Lexicon.DUTCH;
    private final Set<String> allowed;

    NameDetector(Set<String> extraAllowed) {
        this.allowed = new HashSet<>(ALWAYS_ALLOWED);
        extraAllowed.forEach(term -> Arrays.stream(term.split("[\\s()]+")).filter(w -> !w.isBlank())
                .forEach(w -> allowed.add(w.toLowerCase(Locale.ROOT))));
        allowed.addAll(lexicon.neverNames);
    }

    /** A word that is never a name on its own: a function word, a place, a provider's, district's or opgave's word. */
    boolean neverAName(String lower) {
        return allowed.contains(lower) || PARTICLES.contains(lower);
    }

    @Override
    public List<Finding> find(String text) {
        List<Token> tokens = Token.of(text);
        List<Finding> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int compound = compoundSurname(tokens, i, text);
            if (compound > 0 && !allowed.contains(tokens.get(i + compound - 1).lower())) {
                int last = extend(tokens, i + compound - 1, text);
                found.add(new Finding(PersonalDataKind.NAME, tokens.get(i).start(), tokens.get(last).end()));
                i = last + 1;
                continue;
            }
            int particles = particlesFrom(tokens, i, text);
            int core = i + particles;
            if (core < tokens.size() && isName(tokens, i, core, text)) {
                int last = extend(tokens, core, text);
                found.add(new Finding(PersonalDataKind.NAME, tokens.get(i).start(), tokens.get(last).end()));
                i = last + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * Words the rules above left alone that may still be a name (issue 14, second line of defence): a capitalised
     * word in the middle of a sentence that no list knows, and the word right after a title cue ("meneer",
     * "juf", "genaamd") when it is no function word. {@code text} is already masked; placeholders are never suspect.
     */
    List<Finding> suspicions(String text) {
        List<Token> tokens = Token.of(text);
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().length() < 2 || allowed.contains(t.lower()) || PARTICLES.contains(t.lower())
                    || insidePlaceholder(text, t) || NOT_A_NAME_AFTER_CUE.contains(t.lower())) {
                continue;
            }
            boolean acronym = t.text().length() <= 5 && t.text().equals(t.text().toUpperCase(Locale.ROOT));
            boolean capital = t.capitalMidSentence() && !acronym;
            String cue = cueBefore(tokens, i, text);
            if (capital || (cue != null && TITLE_CUES.contains(cue))) {
                found.add(new Finding(PersonalDataKind.NAME, t.start(), t.end()));
            }
        }
        return found;
    }

    /** Cues followed by a name nearly always ("opa", "buurvrouw" are followed by a verb as often). */
    private static final Set<String> TITLE_CUES = Set.of("heet", "heette", "heten", "genaamd", "meneer", "mevrouw",
            "mevr", "mw", "dhr", "mr", "dr", "juf", "juffrouw", "meester");
    /** Function words and frequent verbs that follow "meneer", "juf" without being a name. */
    private static final Set<String> NOT_A_NAME_AFTER_CUE = Set.of("zei", "zegt", "kwam", "komt", "ging", "gaat", "belde",
            "hielp", "helpt", "heeft", "had", "hebben", "was", "is", "zijn", "wil", "wilde", "kan", "kon", "moet", "moest",
            "vond", "vindt", "wist", "weet", "werd", "wordt", "zag", "ziet", "bleef", "blijft", "deed", "doet", "en", "of",
            "die", "dat", "van", "met", "niet", "ook", "nog", "al", "er", "zelf", "in", "op", "om", "te", "aan",
            "bij", "uit", "voor", "naar", "over", "maar", "dan", "toen", "nu", "wel", "heel", "erg", "zo", "kreeg",
            "krijgt", "liet", "laat", "mocht", "mag", "zou", "zal", "woont", "woonde", "ligt", "lag", "stond", "staat",
            "praat", "praatte", "luisterde", "luistert", "snapt", "snapte", "begreep", "begrijpt", "hoorde", "hoort");

    private static boolean insidePlaceholder(String text, Token t) {
        return t.start() > 0 && text.charAt(t.start() - 1) == '[' && t.end() < text.length() && text.charAt(t.end()) == ']';
    }

    /** Whether the word at {@code core}, after tussenvoegsels starting at {@code first}, starts a name. */
    private boolean isName(List<Token> tokens, int first, int core, String text) {
        Token t = tokens.get(core);
        if (allowed.contains(t.lower()) || PARTICLES.contains(t.lower())) {
            return false;
        }
        boolean withParticles = first < core;
        String cue = cueBefore(tokens, first, text);
        boolean strong = cue != null && STRONG_CUES.contains(cue);
        boolean weak = cue != null && !strong;
        if (withParticles && !lexicon.surname(t.lower()) && !t.capitalised()) {
            return false;
        }
        if (lexicon.unambiguous(t.lower())) {
            return !withParticles || lexicon.surname(t.lower()) || t.capitalised();
        }
        if (lexicon.ambiguous(t.lower())) {
            return t.capitalMidSentence() || strong || (!withParticles && bareSurname(tokens, core)) || (weak && (withParticles || t.capitalised()))
                    || (!withParticles && lexicon.firstName(t.lower()) && surnameFollows(tokens, core, text));
        }
        if (t.capitalised()) {
            return cue != null || (t.capitalMidSentence() && capitalisedFollows(tokens, core, text));
        }
        return false;
    }

    /** The number of tokens (2–4) of a frequent compound family name starting at {@code i}, or 0. */
    private int compoundSurname(List<Token> tokens, int i, String text) {
        if (!PARTICLES.contains(tokens.get(i).lower())) {
            return 0;
        }
        StringBuilder name = new StringBuilder(tokens.get(i).lower());
        for (int n = 1; n < 4 && i + n < tokens.size() && tokens.get(i + n - 1).adjacent(tokens.get(i + n), text); n++) {
            name.append(' ').append(tokens.get(i + n).lower());
            if (lexicon.compoundSurnames.contains(name.toString())) {
                return n + 1;
            }
        }
        return 0;
    }

    private boolean bareSurname(List<Token> tokens, int core) {
        if (!BARE_SURNAMES.contains(tokens.get(core).lower())) {
            return false;
        }
        return core == 0 || tokens.get(core).sentenceStart() || BEFORE_BARE_SURNAME.contains(tokens.get(core - 1).lower());
    }

    /** The tussenvoegsels from {@code i} on that are followed by a word: "van der" in "van der berg". */
    private int particlesFrom(List<Token> tokens, int i, String text) {
        int n = 0;
        while (i + n + 1 < tokens.size() && PARTICLES.contains(tokens.get(i + n).lower())
                && tokens.get(i + n).adjacent(tokens.get(i + n + 1), text) && n < 3) {
            n++;
        }
        return n;
    }

    /** Swallows following family names and the particles between them ("Jan van der Berg", "fatima de vries"). */
    private int extend(List<Token> tokens, int core, String text) {
        int last = core;
        int cursor = core + 1;
        while (cursor < tokens.size() && tokens.get(cursor - 1).adjacent(tokens.get(cursor), text)) {
            int particles = particlesFrom(tokens, cursor, text);
            int next = cursor + particles;
            if (next >= tokens.size() || !tokens.get(next - 1).adjacent(tokens.get(next), text)) {
                return last;
            }
            Token t = tokens.get(next);
            boolean name = !allowed.contains(t.lower()) && !PARTICLES.contains(t.lower())
                    && (lexicon.surname(t.lower()) || lexicon.firstNames.contains(t.lower())
                        || (t.capitalised() && tokens.get(core).capitalised()));
            if (!name) {
                return last;
            }
            last = next;
            cursor = next + 1;
        }
        return last;
    }

    private boolean surnameFollows(List<Token> tokens, int core, String text) {
        int next = core + 1;
        if (next >= tokens.size() || !tokens.get(core).adjacent(tokens.get(next), text)) {
            return false;
        }
        int particles = particlesFrom(tokens, next, text);
        Token t = tokens.get(next + particles);
        return !allowed.contains(t.lower()) && (lexicon.surnames.contains(t.lower())
                || (particles > 0 && lexicon.surname(t.lower())) || t.capitalMidSentence());
    }

    private boolean capitalisedFollows(List<Token> tokens, int core, String text) {
        int next = core + 1;
        if (next >= tokens.size()) {
            return false;
        }
        int particles = particlesFrom(tokens, next, text);
        Token t = tokens.get(next + particles);
        return tokens.get(core).adjacent(tokens.get(next), text) && t.capitalised() && !allowed.contains(t.lower());
    }

    /** The cue word right before {@code first}, within the sentence ("zoon. Opa" is two, "mevr. Jansen" one). */
    private static String cueBefore(List<Token> tokens, int first, String text) {
        if (first == 0) {
            return null;
        }
        Token previous = tokens.get(first - 1);
        String between = text.substring(previous.end(), tokens.get(first).start());
        if (!between.isBlank() && !between.strip().equals(",") && !between.strip().equals(":")
                && !(between.strip().equals(".") && ABBREVIATED_CUES.contains(previous.lower()))) {
            return null;
        }
        String word = previous.lower();
        return STRONG_CUES.contains(word) || CUES.contains(word) ? word : null;
    }
}
