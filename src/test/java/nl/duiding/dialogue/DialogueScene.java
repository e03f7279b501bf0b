package nl.duiding.dialogue;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.duiding.TestFixtures;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.identity.Role;
import nl.duiding.identity.UserAccounts;
import nl.duiding.opgave.Law;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.production.ImportFormat;
import nl.duiding.production.Imports;
import nl.duiding.production.OpgaveBudgets;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmissionResult;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * A world for dialogue tests: an opgave with two providers, a provider user for each, a griffie user, and told
 * stories (shared with the provider or not), indexed before the test starts.
 */
@Component
public class DialogueScene {

    public static final String PASSWORD = "Zonnig-Weer-2026!";

    public record Scene(TestFixtures.World world, long providerId, long otherProviderId, String providerUser,
                        String otherProviderUser, String griffieUser, UUID sharedStory, String sharedReceipt,
                        UUID otherProvidersStory, UUID unsharedStory) {
    }

    private final TestFixtures fixtures;
    private final OpgaveCatalog catalog;
    private final UserAccounts accounts;
    private final StoryIntake intake;
    private final StoryQueries queries;
    private final Imports imports;
    private final OpgaveBudgets budgets;

    DialogueScene(TestFixtures fixtures, OpgaveCatalog catalog, UserAccounts accounts, StoryIntake intake, StoryQueries queries,
                  Imports imports, OpgaveBudgets budgets) {
        this.fixtures = fixtures;
        this.catalog = catalog;
        this.accounts = accounts;
        this.intake = intake;
        this.queries = queries;
        this.imports = imports;
        this.budgets = budgets;
    }

    /**
     * Declares two clients of 2 hours each (€ 175,00 each) for the scene's own provider in March of this year,
     * in a product linked to the opgave, through the real importer.
     */
    public void declare(Scene scene) {
        String agb = catalog.provider(scene.providerId()).orElseThrow().agbCode();
        String code = "D" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        budgets.link(scene.world().opgaveId(), Law.JEUGDWET, "45", code);
        int year = java.time.LocalDate.now().getYear();
        String head = "wet;declaratienummer;declaratie_begin;declaratie_eind;agb_code;gemeentecode;referentienummer;bsn;"
                + "productcategorie;productcode;product_begin;product_eind;volume;eenheid;tarief;bedrag;debet_credit;wijk\r\n";
        String period = "01-03-" + year + ";31-03-" + year;
        String rows = "JW;M1;" + period + ";" + agb + ";0505;1;999900006;45;" + code + ";" + period + ";2;04;87,50;175,00;D;WK050501\r\n"
                + "JW;M1;" + period + ";" + agb + ";0505;2;999900018;45;" + code + ";" + period + ";2;04;87,50;175,00;D;WK050501\r\n";
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("dialoog", ".csv");
            java.nio.file.Files.write(file, (head + rows).getBytes(java.nio.charset.Charset.forName("windows-1252")));
            imports.importFile(file, "dialoog.csv", ImportFormat.CSV, "test", progress -> { });
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Scene create() {
        return create(fixtures.world());
    }

    public Scene create(TestFixtures.World world) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long other = catalog.saveProvider(null, "Andere aanbieder " + unique,
                String.valueOf(20_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(70_000_000)));
        String provider = "dlg-aanbieder-" + unique;
        String otherProvider = "dlg-ander-" + unique;
        String griffie = "dlg-griffie-" + unique;
        accounts.createIfAbsent(provider, "Anna Aanbieder", PASSWORD, Role.PROVIDER, Set.of(world.providerId()));
        accounts.createIfAbsent(otherProvider, "Otto Ander", PASSWORD, Role.PROVIDER, Set.of(other));
        accounts.createIfAbsent(griffie, "Gijs Griffie", PASSWORD, Role.GRIFFIE, Set.of());
        SubmissionResult shared = tell(world, world.providerId(), "Eindelijk rust aan tafel", "Na de gesprekken met de begeleider kwam er rust in huis.", true);
        tell(world, world.providerId(), "Samen naar school", "De jongere gaat weer elke dag naar school.", true);
        UUID others = tell(world, other, "Wachten op hulp", "Het duurde maanden voordat er iemand kwam.", true).storyId();
        UUID unshared = tell(world, world.providerId(), "Niet delen", "Dit verhaal is niet om te delen met de aanbieder.", false).storyId();
        await().atMost(Duration.ofSeconds(20)).until(() -> queries.insights(StoryFilter.opgave(world.opgaveId()), List.of(), 0).total() == 4);
        return new Scene(world, world.providerId(), other, provider, otherProvider, griffie, shared.storyId(),
                shared.receiptCode().orElseThrow(), others, unshared);
    }

    private SubmissionResult tell(TestFixtures.World world, long provider, String title, String body, boolean share) {
        return intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(), provider, null,
                TellerRole.CLIENT, title, body, "nl", true, share, share,
                List.of(new Answer.Triad("wat_hielp", 0.6, 0.3, 0.1), new Answer.Dyad("regie", 0.5),
                        new Answer.Choice("thema", Set.of())), UUID.randomUUID(), null));
    }
}
