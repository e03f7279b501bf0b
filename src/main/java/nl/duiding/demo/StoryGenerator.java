package nl.duiding.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import nl.duiding.opgave.Law;
import nl.duiding.story.Answer;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * Generates fictional Dutch stories with deliberate patterns, so the dashboards have something to find:
 * each provider's tellers lean to its triad corner, professionals rate control ("regie") higher than clients,
 * control rises month by month for the youth opgave, and themes differ per law. Seeded: the same seed gives
 * the same stories.
 */
final class StoryGenerator {

    /** Where one generated story belongs. */
    record Target(long collectionId, long opgaveId, long frameworkId, Law law, List<ProviderChoice> providers,
                  List<String> districtCodes) {
    }

    record ProviderChoice(long id, int leaningCorner) {
    }

    private static final Map<Law, Map<String, Double>> THEMES = Map.of(
            Law.JEUGDWET, Map.of("thuis", 0.7, "school_werk", 0.5, "veiligheid", 0.2, "gezondheid", 0.15, "contact", 0.2),
            Law.WMO, Map.of("contact", 0.6, "gezondheid", 0.4, "geld", 0.3, "thuis", 0.3),
            Law.WLZ, Map.of("gezondheid", 0.6, "contact", 0.5, "veiligheid", 0.3, "thuis", 0.25));

    private final SentencePools sentences;
    private final SplittableRandom random;
    /** Its own stream, so naming further providers leaves every other generated value as it was. */
    private final SplittableRandom partners;
    /** The same for the answers added later (the law's slider, the feeling, the age): issue 17. */
    private final SplittableRandom extras;
    private final Instant now;
    private final int months;

    StoryGenerator(SentencePools sentences, long seed, Instant now) {
        this(sentences, seed, now, 12);
    }

    /** Stories spread over the {@code months} months before {@code now} (the benchmark uses two years). */
    StoryGenerator(SentencePools sentences, long seed, Instant now, int months) {
        this.sentences = sentences;
        this.random = new SplittableRandom(seed);
        this.partners = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.extras = new SplittableRandom(seed ^ 0x17_17_17_17L);
        this.now = now;
        this.months = months;
    }

    SubmitStory next(Target target) {
        TellerRole role = random.nextDouble() < 0.6 ? TellerRole.CLIENT : TellerRole.PROFESSIONAL;
        ProviderChoice provider = random.nextDouble() < 0.08 ? null
                : target.providers().get(random.nextInt(target.providers().size()));
        int monthsAgo = random.nextInt(months);
        Instant at = now.minus(Duration.ofDays(monthsAgo * 30L + random.nextInt(30))).minusSeconds(random.nextInt(86_400));
        double[] triad = triad(provider == null ? -1 : provider.leaningCorner());
        double regie = regie(role, target.law(), monthsAgo);
        String district = random.nextDouble() < 0.85
                ? target.districtCodes().get(random.nextInt(target.districtCodes().size())) : null;
        List<Answer> answers = new ArrayList<>(List.of(new Answer.Triad("wat_hielp", triad[0], triad[1], triad[2]),
                new Answer.Dyad("regie", regie), new Answer.Choice("thema", themes(target.law()))));
        answers.addAll(lawAnswers(target.law(), role, regie));
        return new SubmitStory(target.collectionId(), target.opgaveId(), target.frameworkId(),
                provider == null ? null : provider.id(), district, role,
                sentences.pick("title." + target.law(), random), body(role, target.law(), triad, regie), "nl",
                true, random.nextDouble() < 0.6, random.nextDouble() < 0.7, answers,
                new UUID(random.nextLong(), random.nextLong()), at, partners(target, provider), null);
    }

    /**
     * The questions of each law's starter set beyond the shared three, so no demo chart is empty: the law's slider
     * follows control ("regie"), the feeling scale follows it too, and the age fits the law (youth care: children and
     * young people; Wlz: mostly the old). A few tellers answer "not applicable" where the question allows it.
     */
    private List<Answer> lawAnswers(Law law, TellerRole role, double regie) {
        List<Answer> out = new ArrayList<>();
        String slider = switch (law) {
            case JEUGDWET -> "thuis_opgroeien";
            case WMO -> "meedoen";
            case WLZ -> "er_zijn";
        };
        double position = Math.round(Math.max(0, Math.min(1, regie + (extras.nextDouble() - 0.5) * 0.4)) * 100) / 100.0;
        out.add(extras.nextDouble() < 0.05 ? new Answer.NotApplicable(slider) : new Answer.Dyad(slider, position));
        int feeling = (int) Math.max(1, Math.min(5, Math.round(1 + regie * 4 + (extras.nextDouble() - 0.5) * 2)));
        out.add(new Answer.Scale("gevoel", feeling));
        String[] ages = switch (law) {
            case JEUGDWET -> new String[] {"tot_12", "tot_12", "j12_17", "j12_17", "j18_26"};
            case WMO -> new String[] {"j18_26", "j27_66", "j27_66", "j67_plus", "j67_plus"};
            case WLZ -> new String[] {"j27_66", "j67_plus", "j67_plus", "j67_plus", "j67_plus"};
        };
        boolean notApplicable = role == TellerRole.PROFESSIONAL && extras.nextDouble() < 0.05;
        out.add(notApplicable ? new Answer.NotApplicable("leeftijd")
                : new Answer.Choice("leeftijd", Set.of(ages[extras.nextInt(ages.length)])));
        return out;
    }

    /**
     * The care landscape's pattern: a quarter of the stories about a provider also name the provider after it in the
     * opgave's list (they work in pairs), and a few name another one.
     */
    private Set<Long> partners(Target target, ProviderChoice provider) {
        int n = target.providers().size();
        if (provider == null || n < 2) {
            return Set.of();
        }
        double draw = partners.nextDouble();
        int index = target.providers().indexOf(provider);
        if (draw < 0.25) {
            return Set.of(target.providers().get((index + 1) % n).id());
        }
        if (draw < 0.30) {
            ProviderChoice other = target.providers().get(partners.nextInt(n));
            return other.equals(provider) ? Set.of() : Set.of(other.id());
        }
        return Set.of();
    }

    private String body(TellerRole role, Law law, double[] triad, double regie) {
        List<String> parts = new ArrayList<>();
        parts.add(sentences.pick("opening." + role + "." + law, random));
        parts.addAll(sentences.pickDistinct("middle." + law, 2 + random.nextInt(2), random));
        int corner = dominantCorner(triad);
        parts.add(sentences.pick(corner < 0 ? "balanced" : "corner." + corner, random));
        parts.add(sentences.pick(regie > 0.5 ? "ending.good" : "ending.hard", random));
        if (random.nextDouble() < 0.03) {
            // tellers sometimes type names and numbers despite the advice; the scrubber masks them at intake
            parts.add(1 + random.nextInt(parts.size() - 1), sentences.pick("personal", random));
        }
        return String.join(" ", parts);
    }

    /** Dirichlet draw: the leaning corner gets weight 6, the others 2; no leaning gives 2, 2, 2. */
    private double[] triad(int leaningCorner) {
        double[] g = new double[3];
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            g[i] = gamma(i == leaningCorner ? 6 : 2);
            sum += g[i];
        }
        double a = Math.round(g[0] / sum * 1000) / 1000.0;
        double b = Math.round(g[1] / sum * 1000) / 1000.0;
        return new double[] {a, b, Math.max(0, Math.round((1 - a - b) * 1000) / 1000.0)};
    }

    private double gamma(int shape) {
        double sum = 0;
        for (int i = 0; i < shape; i++) {
            sum -= Math.log(1 - random.nextDouble());
        }
        return sum;
    }

    private double regie(TellerRole role, Law law, int monthsAgo) {
        double mean = role == TellerRole.PROFESSIONAL ? 0.66 : 0.46;
        if (law == Law.JEUGDWET) {
            mean += (6 - monthsAgo) * 0.015;
        }
        double value = mean + (random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5) * 0.3;
        return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100.0;
    }

    private Set<String> themes(Law law) {
        Set<String> chosen = new LinkedHashSet<>();
        new java.util.TreeMap<>(THEMES.get(law)).forEach((theme, p) -> {
            if (random.nextDouble() < p) {
                chosen.add(theme);
            }
        });
        return chosen;
    }

    static int dominantCorner(double[] triad) {
        int best = 0;
        for (int i = 1; i < 3; i++) {
            if (triad[i] > triad[best]) {
                best = i;
            }
        }
        return triad[best] < 0.5 ? -1 : best;
    }
}
