package nl.duiding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The Dutch and English sign-in texts have the same keys, and every password rule has a text. */
class SecurityMessagesTest {

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("security_en").stringPropertyNames()).isEqualTo(load("security").stringPropertyNames());
    }

    @Test
    void everyPasswordProblemHasAText() throws IOException {
        Properties dutch = load("security");
        PasswordPolicy policy = new PasswordPolicy();
        policy.problems("beleid", "beleid").forEach(key -> assertThat(dutch).containsKey(key));
        policy.problems("iemand", "Welkom123456").forEach(key -> assertThat(dutch).containsKey(key));
        policy.problems("iemand", "Aa1-" + "x".repeat(70)).forEach(key -> assertThat(dutch).containsKey(key));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = SecurityMessagesTest.class.getResourceAsStream("/messages/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
