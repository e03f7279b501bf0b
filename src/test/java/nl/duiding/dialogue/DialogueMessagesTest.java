package nl.duiding.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The dialogue bundle has every Dutch text in English too, every enum value a text, and no empty text. */
class DialogueMessagesTest {

    @Test
    void dutchAndEnglishMatch() throws IOException {
        Properties nl = load("messages/dialogue.properties");
        Properties en = load("messages/dialogue_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(nl.stringPropertyNames());
        for (Properties bundle : new Properties[] {nl, en}) {
            assertThat(bundle.stringPropertyNames()).allSatisfy(key -> assertThat(bundle.getProperty(key)).isNotBlank());
            for (Feedback f : Feedback.values()) {
                assertThat(bundle).containsKey("dialogue.feedback." + f);
            }
            for (Strength s : Strength.values()) {
                assertThat(bundle).containsKey("dialogue.strength." + s);
            }
            for (DecisionKind k : DecisionKind.values()) {
                assertThat(bundle).containsKey("dialogue.decision.kind." + k);
            }
            for (String kind : new String[] {TriadChartKind.CODE, StoryKind.CODE, ColdFiguresKind.CODE}) {
                assertThat(bundle).containsKey("dialogue.kind." + kind);
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = DialogueMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
