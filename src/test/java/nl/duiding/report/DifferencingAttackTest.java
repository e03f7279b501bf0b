package nl.duiding.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.duiding.TestFixtures;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * Issue 13's attacker, as strong as we can make it: on a generated municipality it composes a draft for every
 * provider × district × a set of overlapping periods, reads every published count from the HTML (the headline
 * total, stories per role, stories per provider and role), and then, with linear programming over all those tables
 * together, bounds every protected figure: every cell published as "&lt; 8" or "–", and every difference of two
 * published cells (a district minus its providers, Aug–Oct minus Sep–Oct) whose true value is 1 to 7. The attacker
 * is told more than a reader knows (the published method and its bounds, which roles and providers have no
 * stories at all), and integer rounding of the bounds is applied. It must pin no protected figure to one value and
 * never prove one to lie in 1–7 (which would say "at least one story" where "&lt; 8" promises 0–7).
 */
@SpringBootTest
class DifferencingAttackTest {

    /** How far a published count can be from the truth: cell-key noise ±2, then rounding to 5 (±2). */
    static final int SLACK = 4;
    static final TellerRole[] ROLES = {TellerRole.CLIENT, TellerRole.PROFESSIONAL};
    static final int YEAR = 2025;
    static final int[] MONTHS = {8, 9, 10};
    static final String[] DISTRICTS = {"WK050561", "WK050562"};

    @Autowired
    TestFixtures fixtures;
    @Autowired
    StoryIntake intake;
    @Autowired
    CouncilReports reports;
    @Autowired
    OpgaveCatalog catalog;

    /** One atom of the municipality: the stories of one provider (or none), district, role and month. */
    record Atom(int provider, int district, int role, int month) {
    }

    /** What the attacker read: the atoms behind a published cell and the interval the published text allows. */
    record Reading(BitSet atoms, double low, double high, String text, String where) {
    }

    @Test
    void noProtectedFigureCanBeRecoveredFromAllReportsTogether() {
        TestFixtures.World world = fixtures.world();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        for (int d = 0; d < DISTRICTS.length; d++) {
            catalog.saveDistrict(DISTRICTS[d], "Wijk " + d, "0505");
        }
        // providers 0..2 named; index 3 is "no provider"
        Long[] providers = {world.providerId(),
                catalog.saveProvider(null, "Tweede Zorg " + suffix, agb()), catalog.saveProvider(null, "Derde Zorg " + suffix, agb()), null};
        List<Atom> atoms = new ArrayList<>();
        for (int p = 0; p < providers.length; p++) {
            for (int d = 0; d < DISTRICTS.length; d++) {
                for (int r = 0; r < ROLES.length; r++) {
                    for (int m = 0; m < MONTHS.length; m++) {
                        atoms.add(new Atom(p, d, r, m));
                    }
                }
            }
        }
        // a municipality with big and small groups: the first provider large, the third and "none" small
        Random random = new Random(13);
        int[] truth = new int[atoms.size()];
        List<SubmitStory> stories = new ArrayList<>();
        for (int i = 0; i < atoms.size(); i++) {
            Atom a = atoms.get(i);
            truth[i] = switch (a.provider()) {
                case 0 -> 6 + random.nextInt(10);
                case 1 -> 1 + random.nextInt(5);
                default -> random.nextInt(3);
            };
            for (int s = 0; s < truth[i]; s++) {
                LocalDate day = LocalDate.of(YEAR, MONTHS[a.month()], 3 + random.nextInt(24));
                stories.add(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(),
                        providers[a.provider()], DISTRICTS[a.district()], ROLES[a.role()], "Verhaal", "Wat er gebeurde.",
                        "nl", true, true, true, List.of(new Answer.Triad("wat_hielp", 0.3, 0.3, 0.4), new Answer.Dyad("regie", 0.5)),
                        UUID.randomUUID(), day.atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant()));
            }
        }
        intake.submitInBulk(stories);

        String[] providerNames = {catalog.provider(providers[0]).orElseThrow().name(), "Tweede Zorg " + suffix,
                "Derde Zorg " + suffix, "Geen aanbieder genoemd"};
        int[][] periods = {{0, 2}, {1, 2}, {2, 2}, {0, 1}, {0, 0}, {1, 1}};
        List<Reading> readings = new ArrayList<>();
        int composed = 0;
        for (int p = -1; p < 3; p++) {
            for (int d = -1; d < DISTRICTS.length; d++) {
                for (int[] period : periods) {
                    LocalDate from = LocalDate.of(YEAR, MONTHS[period[0]], 1);
                    LocalDate to = LocalDate.of(YEAR, MONTHS[period[1]], 1).withDayOfMonth(
                            LocalDate.of(YEAR, MONTHS[period[1]], 1).lengthOfMonth());
                    long id = reports.create(new ReportScope(world.opgaveId(), p < 0 ? null : providers[p],
                            d < 0 ? null : DISTRICTS[d], from, to), "Aanval", "griffie");
                    Document html = Jsoup.parse(reports.document(id).orElseThrow().html());
                    composed++;
                    int fp = p, fd = d;
                    Scope scope = a -> (fp < 0 || a.provider() == fp) && (fd < 0 || a.district() == fd)
                            && a.month() >= period[0] && a.month() <= period[1];
                    readings.addAll(read(html, atoms, scope, providerNames, "p" + p + " d" + d + " m" + period[0] + "-" + period[1]));
                }
            }
        }
        assertThat(composed).isEqualTo(72);
        assertThat(readings).as("the attacker reads figures from every report").hasSize(18 * 19 + 54 * 4);
        readings.forEach(r -> assertThat(r.low() <= sum(truth, r.atoms()) && sum(truth, r.atoms()) <= r.high())
                .as("published %s at %s is within its bounds of the truth %d", r.text(), r.where(), sum(truth, r.atoms()))
                .isTrue());

        Map<BitSet, Reading> constraints = merged(readings);
        List<String> recovered = new ArrayList<>();
        int targets = 0;
        for (BitSet target : targets(readings, truth)) {
            targets++;
            double low = Math.ceil(optimum(constraints.values(), target, atoms.size(), GoalType.MINIMIZE) - 1e-6);
            double high = Math.floor(optimum(constraints.values(), target, atoms.size(), GoalType.MAXIMIZE) + 1e-6);
            int exact = sum(truth, target);
            if (low == high || (low >= 1 && high <= SMALL_MAX)) {
                recovered.add(describe(target, atoms) + " = " + exact + " pinned to [" + (long) low + ", " + (long) high + "]");
            }
        }
        System.out.printf("Differencing attack: %d reports, %d published counts, %d distinct constraints, %d protected targets, %d recovered%n",
                composed, readings.size(), constraints.size(), targets, recovered.size());
        assertThat(targets).as("protected targets the attacker tries").isGreaterThan(50);
        assertThat(recovered).as("protected figures the attacker recovers").isEmpty();
    }

    static final int SMALL_MAX = 7;

    interface Scope {
        boolean contains(Atom atom);
    }

    /** The published counts of one report: headline total, the role table's period column, the provider table. */
    private static List<Reading> read(Document html, List<Atom> atoms, Scope scope, String[] providerNames, String where) {
        List<Reading> out = new ArrayList<>();
        Matcher intro = Pattern.compile("vertelden ongeveer (< 8|[0-9.]+) mensen").matcher(html.text());
        assertThat(intro.find()).as("headline total in " + where).isTrue();
        out.add(reading(set(atoms, scope::contains), intro.group(1), where + " total"));
        for (Element table : html.select("table")) {
            String caption = table.select("caption").text();
            if (caption.startsWith("Verhalen per rol")) {
                for (Element row : table.select("tbody tr")) {
                    String label = row.select("th").text();
                    String cell = row.select("td").first().text();
                    int role = roleIndex(label);
                    if (label.equals("Totaal")) {
                        out.add(reading(set(atoms, scope::contains), cell, where + " roles total"));
                    } else if (role >= 0) {
                        out.add(reading(set(atoms, a -> scope.contains(a) && a.role() == role), cell, where + " " + label));
                    }
                }
            } else if (caption.startsWith("Verhalen per aanbieder en rol")) {
                List<String> headers = table.select("thead th").eachText().subList(1, table.select("thead th").size());
                for (Element row : table.select("tbody tr")) {
                    String label = row.select("th").text();
                    int provider = java.util.Arrays.asList(providerNames).indexOf(label);
                    if (provider < 0 && !label.equals("Totaal")) {
                        continue; // a provider of another world: no stories in this opgave
                    }
                    List<String> cells = row.select("td").eachText();
                    for (int c = 0; c < cells.size(); c++) {
                        String header = headers.get(c);
                        int role = roleIndex(header);
                        if (role < 0 && !header.equals("Totaal")) {
                            continue;
                        }
                        out.add(reading(set(atoms, a -> scope.contains(a) && (provider < 0 || a.provider() == provider)
                                && (role < 0 || a.role() == role)), cells.get(c), where + " " + label + "/" + header));
                    }
                }
            }
        }
        return out;
    }

    private static int roleIndex(String label) {
        return switch (label) {
            case "Cliënt" -> 0;
            case "Professional" -> 1;
            default -> -1;
        };
    }

    private static Reading reading(BitSet atoms, String text, String where) {
        if (text.equals(DisclosurePolicy.SMALL)) {
            return new Reading(atoms, 0, SMALL_MAX + 2, text, where);
        }
        if (text.equals(DisclosurePolicy.HIDDEN)) {
            return new Reading(atoms, 0, Double.POSITIVE_INFINITY, text, where);
        }
        long p = Long.parseLong(text.replace(".", ""));
        // above 100 a perturbed count is published unrounded: only the noise (at most 2) separates it from the truth
        long slack = p > 100 ? 2 : SLACK;
        return new Reading(atoms, Math.max(0, p - slack), p + slack, text, where);
    }

    private static BitSet set(List<Atom> atoms, java.util.function.Predicate<Atom> in) {
        BitSet set = new BitSet(atoms.size());
        for (int i = 0; i < atoms.size(); i++) {
            if (in.test(atoms.get(i))) {
                set.set(i);
            }
        }
        return set;
    }

    /** The same atoms read in several reports: the attacker keeps the tightest interval. */
    private static Map<BitSet, Reading> merged(List<Reading> readings) {
        Map<BitSet, Reading> out = new LinkedHashMap<>();
        for (Reading r : readings) {
            out.merge(r.atoms(), r, (x, y) -> new Reading(x.atoms(), Math.max(x.low(), y.low()),
                    Math.min(x.high(), y.high()), x.text() + "," + y.text(), x.where()));
        }
        return out;
    }

    /**
     * What the attacker wants: every hidden cell, and every difference of two published figures (one's atoms
     * inside the other's) whose true value lies in the protected range 1–7.
     */
    private static Collection<BitSet> targets(List<Reading> readings, int[] truth) {
        Map<BitSet, Boolean> out = new LinkedHashMap<>();
        List<BitSet> shown = new ArrayList<>();
        for (Reading r : readings) {
            if (!Character.isDigit(r.text().charAt(0))) {
                if (!r.atoms().isEmpty()) {
                    out.put(r.atoms(), true);
                }
            } else {
                shown.add(r.atoms());
            }
        }
        List<BitSet> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(shown));
        for (BitSet a : distinct) {
            for (BitSet b : distinct) {
                BitSet inside = (BitSet) b.clone();
                inside.andNot(a);
                if (a.equals(b) || !inside.isEmpty()) {
                    continue; // b must lie inside a
                }
                BitSet difference = (BitSet) a.clone();
                difference.andNot(b);
                int exact = sum(truth, difference);
                if (exact >= 1 && exact <= SMALL_MAX) {
                    out.put(difference, true);
                }
            }
        }
        return out.keySet();
    }

    /** The least or greatest value the target's atoms can sum to under every constraint read. */
    private static double optimum(Collection<Reading> constraints, BitSet target, int n, GoalType goal) {
        List<LinearConstraint> all = new ArrayList<>();
        for (Reading r : constraints) {
            double[] row = vector(r.atoms(), n);
            all.add(new LinearConstraint(row, Relationship.GEQ, r.low()));
            if (Double.isFinite(r.high())) {
                all.add(new LinearConstraint(row, Relationship.LEQ, r.high()));
            }
        }
        return new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(vector(target, n), 0),
                new LinearConstraintSet(all), goal, new NonNegativeConstraint(true)).getValue();
    }

    private static double[] vector(BitSet atoms, int n) {
        double[] v = new double[n];
        atoms.stream().forEach(i -> v[i] = 1);
        return v;
    }

    private static int sum(int[] truth, BitSet atoms) {
        return atoms.stream().map(i -> truth[i]).sum();
    }

    private static String describe(BitSet target, List<Atom> atoms) {
        Map<String, Integer> parts = new HashMap<>();
        target.stream().forEach(i -> parts.merge(atoms.get(i).toString(), 1, Integer::sum));
        return parts.size() <= 3 ? parts.keySet().toString() : parts.size() + " atoms";
    }

    private static String agb() {
        return String.format("%08d", 10_000_000 + new Random().nextInt(80_000_000));
    }
}
