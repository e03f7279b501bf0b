package nl.duiding.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.duiding.collection.CollectionView;
import nl.duiding.collection.Prompt;
import nl.duiding.collection.Collections;
import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.Frameworks;
import nl.duiding.identity.Role;
import nl.duiding.identity.UserAccounts;
import nl.duiding.opgave.Law;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;

/**
 * Loads the fictional demo into an empty database at start-up. Runs before the index check, which then
 * builds the index from what was loaded.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("duiding.demo.enabled")
class DemoData implements ApplicationRunner {

    static final String MUNICIPALITY = "0505";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OpgaveCatalog catalog;
    private final Frameworks frameworks;
    private final Collections collections;
    private final StoryIntake intake;
    private final UserAccounts accounts;
    private final TransactionTemplate transaction;
    private final int storyCount;
    private final long seed;
    /** Whether this start loaded the demo (so {@link DemoOutcomes} adds its dialogue and report once). */
    private volatile boolean loaded;

    DemoData(OpgaveCatalog catalog, Frameworks frameworks, Collections collections, StoryIntake intake,
             UserAccounts accounts, TransactionTemplate transaction, @Value("${duiding.demo.stories:2400}") int storyCount,
             @Value("${duiding.demo.seed:20261123}") long seed) {
        this.catalog = catalog;
        this.frameworks = frameworks;
        this.collections = collections;
        this.intake = intake;
        this.accounts = accounts;
        this.transaction = transaction;
        this.storyCount = storyCount;
        this.seed = seed;
    }

    /** Eliciting prompts of every demo collection: two for clients, parents and young people, one for professionals. */
    private static final List<Prompt> PROMPTS = List.of(
            new Prompt(false, "Vertel over een moment waarop de hulp echt verschil maakte.",
                    "Tell about a moment when the help really made a difference."),
            new Prompt(false, "Vertel over een moment waarop het niet lukte.", "Tell about a moment when it did not work."),
            new Prompt(true, "Vertel over een gezin of cli\u00ebnt waar je iets van leerde.",
                    "Tell about a family or client you learned something from."));

    /** All or nothing: a failed load leaves an empty database, so the next start tries again. */
    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> load());
    }

    private void load() {
        if (!catalog.opgaven().isEmpty()) {
            log.info("Demo data: the database already has opgaven; nothing loaded");
            return;
        }
        long started = System.nanoTime();
        List<String> districts = loadDistricts();
        Map<String, Long> providerIds = new HashMap<>();
        DemoProvider.ALL.forEach(p -> providerIds.put(p.agbCode(), catalog.saveProvider(null, p.name(), p.agbCode())));

        List<StoryGenerator.Target> targets = new ArrayList<>();
        for (DemoOpgaven.Definition d : DemoOpgaven.all()) {
            long opgaveId = catalog.saveOpgave(null, d.name(), d.law(), d.description(), d.goals());
            // each opgave gets the starter of its law; the generator answers the questions they share
            FrameworkDefinition framework = frameworks.starterFor(d.law().name());
            CollectionView collection = collections.open(opgaveId, framework.id(), "Verhalenronde " + d.name(),
                    LocalDate.now(nl.duiding.platform.Period.ZONE).minusMonths(12), null, null, PROMPTS);
            targets.add(new StoryGenerator.Target(collection.id(), opgaveId, framework.id(), d.law(),
                    providersFor(d.law(), providerIds), districts));
        }
        createUsers(providerIds.get("99000101"));

        StoryGenerator generator = new StoryGenerator(SentencePools.load(), seed, Instant.now());
        List<SubmitStory> stories = new ArrayList<>(storyCount);
        for (int i = 0; i < storyCount; i++) {
            stories.add(generator.next(targets.get(weightedTarget(i))));
        }
        int stored = intake.submitInBulk(stories);
        loaded = true;
        log.info("Demo data loaded: {} districts, {} providers, {} opgaven, {} stories in {} ms", districts.size(),
                providerIds.size(), targets.size(), stored, (System.nanoTime() - started) / 1_000_000);
    }

    boolean loadedNow() {
        return loaded;
    }

    /** Youth care gets half of the stories, the Wmo a third, the Wlz the rest. */
    private static int weightedTarget(int i) {
        int slot = i % 6;
        return slot < 3 ? 0 : slot < 5 ? 1 : 2;
    }

    private static List<StoryGenerator.ProviderChoice> providersFor(Law law, Map<String, Long> ids) {
        return DemoProvider.ALL.stream().filter(p -> p.laws().contains(law))
                .map(p -> new StoryGenerator.ProviderChoice(ids.get(p.agbCode()), p.leaningCorner())).toList();
    }

    private void createUsers(long providerId) {
        accounts.createIfAbsent("beleid", "Bea Beleid (demo)", "bea-demo-2026", Role.POLICY_OFFICER, Set.of());
        accounts.createIfAbsent("aanbieder", "Aad Aanbieder (demo)", "aad-demo-2026", Role.PROVIDER, Set.of(providerId));
        accounts.createIfAbsent("griffie", "Gerda Griffie (demo)", "gerda-demo-2026", Role.GRIFFIE, Set.of());
        accounts.createIfAbsent("beheer", "Bram Beheer (demo)", "bram-demo-2026", Role.ADMIN, Set.of());
    }

    /** Dordrecht's districts from the CBS list, except the industrial estate where nobody lives. */
    private List<String> loadDistricts() {
        List<String> codes = new ArrayList<>();
        var stream = getClass().getResourceAsStream("/data/regio/wijken_2024_sample_cartomap.csv");
        if (stream == null) {
            throw new IllegalStateException("data/regio/wijken_2024_sample_cartomap.csv is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",");
                if (cells.length >= 3 && cells[1].equals("GM" + MUNICIPALITY) && !cells[2].contains("Industrie")) {
                    catalog.saveDistrict(cells[0], cells[2].replaceFirst("^Wijk \\d+ ", ""), MUNICIPALITY);
                    codes.add(cells[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }
}
