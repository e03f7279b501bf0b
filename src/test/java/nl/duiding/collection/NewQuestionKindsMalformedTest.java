package nl.duiding.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
 * Every bad answer to the new question kinds, over real HTTP: 422 with the message next to the question
 * and in the summary, the input kept, nothing stored, never a 500. (Triad, slider, lengths, unknown
 * questions and options of the first kinds: MalformedSubmissionTest.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NewQuestionKindsMalformedTest {

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

    CollectionView collection;

    @BeforeEach
    void setUp() {
        TestFixtures.World world = fixtures.world();
        FrameworkDefinition draft = frameworks.createDraft("Nieuwe soorten " + UUID.randomUUID());
        questions().forEach(q -> frameworks.addQuestion(draft.id(), q));
        frameworks.publishDraft(draft.id());
        collection = collections.open(world.opgaveId(), draft.id(), "Nieuwe soorten", LocalDate.now().minusDays(1), null);
    }

    static Stream<Arguments> badAnswers() {
        return Stream.of(
                Arguments.of("stones.plek.school.x", "150", "plek", "twee getallen in tussen 0 en 100"),
                Arguments.of("stones.plek.school.x", "-1", "plek", "twee getallen in tussen 0 en 100"),
                Arguments.of("stones.plek.zolder.x", "10", "plek", "niet bij deze vraag hoort"),
                Arguments.of("scale.cijfer", "9", "cijfer", "Kies een van de getallen"),
                Arguments.of("scale.cijfer", "drie", "cijfer", "Kies een van de getallen"),
                Arguments.of("number.weken", "veel", "weken", "Vul een getal in"),
                Arguments.of("number.weken", "Infinity", "weken", "Vul een getal in"),
                Arguments.of("text.les", "x".repeat(1001), "les", "hoogstens 1.000 tekens"),
                Arguments.of("other.gevoel", "y".repeat(1001), "gevoel", "hoogstens 1.000 tekens"),
                Arguments.of("choice.gevoel", "blij,boos", "gevoel", "Kies hier \u00e9\u00e9n antwoord"),
                Arguments.of("choice.gevoel", "verzonnen", "gevoel", "Kies alleen uit de antwoorden"),
                Arguments.of("na.cijfer", "true", "cijfer", "niet kiezen voor"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badAnswers")
    void aBadAnswerIsRefusedNextToItsQuestion(String name, String value, String question, String message) {
        HttpSession teller = new HttpSession(port);
        Page form = teller.get(path());
        List<Map.Entry<String, String>> fields = valid(form);
        fields.removeIf(e -> e.getKey().equals(name));
        // a comma separates repeated values of one field, as a form sends two ticked boxes
        java.util.Arrays.stream(value.split(",")).forEach(v -> fields.add(Map.entry(name, v)));
        Page page = teller.post(path(), fields);
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.document().getElementById("veld-answer." + question).text()).contains(message);
        assertThat(page.document().select(".error-summary").text()).contains(message);
        assertThat(page.document().select("#title").val()).isEqualTo("Een titel");
        assertThat(stored()).isZero();
    }

    @ParameterizedTest(name = "missing {0}")
    @MethodSource("requiredQuestions")
    void aMissingRequiredAnswerIsAskedFor(String prefix, String question) {
        HttpSession teller = new HttpSession(port);
        Page form = teller.get(path());
        List<Map.Entry<String, String>> fields = valid(form);
        fields.removeIf(e -> e.getKey().startsWith(prefix));
        Page page = teller.post(path(), fields);
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.document().getElementById("veld-answer." + question).text()).contains("Beantwoord deze vraag.");
        assertThat(stored()).isZero();
    }

    /** Issue 17: the summary names each question and reads top to bottom like the form, consent last. */
    @org.junit.jupiter.api.Test
    void theErrorSummaryNamesEachQuestionInFormOrder() {
        HttpSession teller = new HttpSession(port);
        Page form = teller.get(path());
        List<Map.Entry<String, String>> fields = valid(form);
        fields.removeIf(e -> e.getKey().startsWith("stones.") || e.getKey().startsWith("scale.")
                || e.getKey().startsWith("choice.") || e.getKey().equals("consentAnalysis") || e.getKey().equals("role"));
        Page page = teller.post(path(), fields);
        assertThat(page.status()).isEqualTo(422);
        org.jsoup.select.Elements links = page.document().select(".error-summary li a");
        assertThat(links.eachText()).hasSize(5);
        assertThat(links.eachText().subList(1, 4)).containsExactly("Waar? \u2014 Beantwoord deze vraag.",
                "Cijfer? \u2014 Beantwoord deze vraag.", "Gevoel? \u2014 Beantwoord deze vraag.");
        List<Integer> positions = new ArrayList<>();
        List<org.jsoup.nodes.Element> all = page.document().getAllElements();
        for (org.jsoup.nodes.Element link : links) {
            org.jsoup.nodes.Element target = page.document().getElementById(link.attr("href").substring(1));
            assertThat(target).as("the summary links to " + link.attr("href")).isNotNull();
            positions.add(all.indexOf(target));
        }
        assertThat(positions).as("summary in the order of the fields on the form").isSorted();
    }

    static Stream<Arguments> requiredQuestions() {
        return Stream.of(Arguments.of("stones.", "plek"), Arguments.of("scale.", "cijfer"),
                Arguments.of("number.", "weken"), Arguments.of("choice.gevoel", "gevoel"));
    }

    @org.junit.jupiter.api.Test
    void theValidFormIsStoredWithNotApplicableAndTheWriteIn() {
        HttpSession teller = new HttpSession(port);
        Page form = teller.get(path());
        List<Map.Entry<String, String>> fields = valid(form);
        fields.removeIf(e -> e.getKey().startsWith("number."));
        fields.add(Map.entry("na.weken", "true"));
        fields.add(Map.entry("choice.gevoel", "anders"));
        fields.removeIf(e -> e.getKey().equals("choice.gevoel") && e.getValue().equals("blij"));
        fields.add(Map.entry("other.gevoel", "Opgelucht"));
        assertThat(teller.post(path(), fields).status()).isEqualTo(302);
        assertThat(jdbc.queryForList("select a.kind || ':' || a.question_code from story_answer a join story s "
                + "on s.id = a.story_id where s.collection_id = ? order by 1", String.class, collection.id()))
                .containsExactly("MULTIPLE_CHOICE:gevoel", "NA:weken", "OTHER:gevoel", "SCALE:cijfer",
                        "STONES:plek", "STONES:plek", "TEXT:les");
    }

    private List<Map.Entry<String, String>> valid(Page form) {
        return new ArrayList<>(List.of(Map.entry("formToken", form.formToken()),
                Map.entry("idempotencyKey", form.document().select("input[name=idempotencyKey]").attr("value")),
                Map.entry("role", "CLIENT"), Map.entry("title", "Een titel"), Map.entry("body", "Een verhaal."),
                Map.entry("stones.plek.school.x", "20"), Map.entry("stones.plek.school.y", "80"),
                Map.entry("stones.plek.thuis.x", "70"), Map.entry("stones.plek.thuis.y", "30"),
                Map.entry("scale.cijfer", "4"), Map.entry("number.weken", "12,5"), Map.entry("text.les", "Vragen"),
                Map.entry("choice.gevoel", "blij"), Map.entry("consentAnalysis", "true")));
    }

    private static List<QuestionDefinition> questions() {
        return List.of(
                new QuestionDefinition("plek", QuestionKind.STONES, text("Waar?"), true,
                        List.of(option("school"), option("thuis")), false, false, 0, text("x"), text("y")),
                new QuestionDefinition("cijfer", QuestionKind.SCALE, text("Cijfer?"), true, List.of(), false, false, 5, null, null),
                new QuestionDefinition("weken", QuestionKind.NUMBER, text("Weken?"), true, List.of(), true, false, 0, null, null),
                new QuestionDefinition("les", QuestionKind.TEXT, text("Les?"), false, List.of(), false, false, 0, null, null),
                new QuestionDefinition("gevoel", QuestionKind.SINGLE_CHOICE, text("Gevoel?"), true,
                        List.of(option("blij"), option("boos")), false, true, 0, null, null));
    }

    private static OptionDefinition option(String code) {
        return new OptionDefinition(code, text(code));
    }

    private static LocalizedText text(String nl) {
        return new LocalizedText(nl, nl);
    }

    private String path() {
        return "/vertel/" + collection.token();
    }

    private int stored() {
        Integer count = jdbc.queryForObject("select count(*) from story where collection_id = ?", Integer.class,
                collection.id());
        return count == null ? 0 : count;
    }
}
