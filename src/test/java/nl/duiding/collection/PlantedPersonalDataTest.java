package nl.duiding.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;
import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.FrameworkDefinition.OptionDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.framework.Frameworks;
import nl.duiding.framework.LocalizedText;
import nl.duiding.framework.QuestionKind;

/**
 * Issue 14, through the public form: what a new teller types in lower case — names, a bare surname, streets outside
 * the suffix list, postcodes, an IBAN, a date of birth, a plate, schools of the demo list — in the title, the story, a
 * TEXT answer and an "anders, namelijk", and none of it is in any readable column of the database afterwards
 * (information_schema).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlantedPersonalDataTest {

    /** Distinct enough not to occur in other tests' data of the same run. */
    static final List<String> PLANTED = List.of("shanti", "pietersma", "sardjoe", "baldewsingh", "spuiboulevard 300",
            "dordtse kil 12", "3311 ab", "3312kl", "nl44rabo0123456789", "rabo0123", "14-03-2011", "12-abc-3", "wittstraat",
            "toermalijn", "kameleon");

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    Frameworks frameworks;
    @Autowired
    Collections collections;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nothingPlantedReachesAReadableColumn() {
        TestFixtures.World world = fixtures.world();
        FrameworkDefinition draft = frameworks.createDraft("Geplant " + UUID.randomUUID());
        List.of(new QuestionDefinition("les", QuestionKind.TEXT, text("Les?"), false, List.of(), false, false, 0, null, null),
                new QuestionDefinition("gevoel", QuestionKind.SINGLE_CHOICE, text("Gevoel?"), true,
                        List.of(new OptionDefinition("blij", text("blij"))), false, true, 0, null, null))
                .forEach(q -> frameworks.addQuestion(draft.id(), q));
        frameworks.publishDraft(draft.id());
        CollectionView collection = collections.open(world.opgaveId(), draft.id(), "Geplant", LocalDate.now().minusDays(1), null);
        HttpSession teller = new HttpSession(port);
        String path = "/vertel/" + collection.token();
        Page form = teller.get(path);
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("formToken", form.formToken()),
                Map.entry("idempotencyKey", form.document().select("input[name=idempotencyKey]").attr("value")),
                Map.entry("role", "CLIENT"), Map.entry("title", "jan en shanti pietersma"),
                Map.entry("body", "Pietersma zei dat het goed kwam. meneer sardjoe woont op de spuiboulevard 300 en wij aan de "
                        + "Dordtse Kil 12 postcode 3311 ab of 3312kl in de Johan de Wittstraat 8 rekening nl44rabo0123456789 "
                        + "mijn zoon is geboren op 14-03-2011 en de auto 12-abc-3 staat voor de deur en hij zit op cbs de "
                        + "toermalijn"),
                Map.entry("text.les", "mijn buurvrouw shanti baldewsingh hielp en de juf van de kameleon"),
                Map.entry("choice.gevoel", "anders"),
                Map.entry("other.gevoel", "anders namelijk juf pietersma van de spuiboulevard 300"),
                Map.entry("consentAnalysis", "true"), Map.entry("consentShare", "true")));
        assertThat(teller.post(path, fields).status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from story where collection_id = ?", Integer.class, collection.id()))
                .isEqualTo(1);
        assertThat(readableColumnsHolding()).as("readable columns holding a planted item").isEmpty();
    }

    private List<String> readableColumnsHolding() {
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from information_schema.columns "
                + "where table_schema = current_schema() and data_type in ('character varying', 'text', 'character', 'json', 'jsonb')");
        assertThat(columns).extracting(c -> c.get("table_name") + "." + c.get("column_name")).contains("story_answer.text_value");
        return columns.stream().flatMap(column -> PLANTED.stream().filter(item -> {
            Integer hits = jdbc.queryForObject("select count(*) from \"" + column.get("table_name") + "\" where \""
                    + column.get("column_name") + "\"::text ilike ?", Integer.class, "%" + item + "%");
            return hits != null && hits > 0;
        }).map(item -> column.get("table_name") + "." + column.get("column_name") + " holds " + item)).toList();
    }

    private static LocalizedText text(String nl) {
        return new LocalizedText(nl, nl);
    }
}
