package nl.duiding;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.duiding.collection.CollectionView;
import nl.duiding.collection.Collections;
import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.Frameworks;
import nl.duiding.identity.Role;
import nl.duiding.identity.UserAccounts;
import nl.duiding.opgave.Law;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * Builds what a test needs through the modules' public APIs, with unique names so tests sharing the
 * run's database never see each other's data.
 */
@Component
public class TestFixtures {

    public static final String OFFICER = "test-beleid";
    public static final String OFFICER_PASSWORD = "Geheim-voor-Tests-1";

    public record World(long opgaveId, long providerId, FrameworkDefinition framework, CollectionView collection) {
    }

    private final OpgaveCatalog catalog;
    private final Frameworks frameworks;
    private final Collections collections;
    private final UserAccounts accounts;
    private final StoryIntake intake;

    TestFixtures(OpgaveCatalog catalog, Frameworks frameworks, Collections collections, UserAccounts accounts,
                 StoryIntake intake) {
        this.catalog = catalog;
        this.frameworks = frameworks;
        this.collections = collections;
        this.accounts = accounts;
        this.intake = intake;
    }

    /** Tells a story in the world's collection with this triad answer (shares a, b, c), the other questions neutral. */
    public void tell(World world, long providerId, TellerRole role, String title, String body, double a, double b, double c) {
        intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(), providerId, null,
                role, title, body, "nl", true, false, false,
                List.of(new Answer.Triad("wat_hielp", a, b, c), new Answer.Dyad("regie", 0.5),
                        new Answer.Choice("thema", Set.of())), UUID.randomUUID(), null));
    }

    public UserAccounts accounts() {
        return accounts;
    }

    public World world() {
        return world(frameworks.starter());
    }

    /** A world whose collection asks the questions of {@code framework} (published). */
    public World world(FrameworkDefinition framework) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long opgaveId = catalog.saveOpgave(null, "Testopgave " + unique, Law.JEUGDWET, "Voor een test", List.of());
        long providerId = catalog.saveProvider(null, "Testaanbieder " + unique, agbCode());
        catalog.saveDistrict("WK050501", "Binnenstad", "0505");
        CollectionView collection = collections.open(opgaveId, framework.id(), "Test " + unique,
                LocalDate.now().minusDays(1), null);
        accounts.createIfAbsent(OFFICER, "Test Beleid", OFFICER_PASSWORD, Role.POLICY_OFFICER, Set.of());
        return new World(opgaveId, providerId, framework, collection);
    }

    private static String agbCode() {
        return String.valueOf(10_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(89_999_999));
    }
}
