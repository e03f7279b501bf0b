package nl.duiding.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every Dutch text has an English one and the other way round (as spring-petclinic's I18nPropertiesSyncTest). */
class MessageBundlesInSyncTest {

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> dutch = keys("messages/messages.properties");
        Set<String> english = keys("messages/messages_en.properties");
        assertThat(difference(dutch, english)).as("only in Dutch").isEmpty();
        assertThat(difference(english, dutch)).as("only in English").isEmpty();
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : new String[] {"messages/messages.properties", "messages/messages_en.properties"}) {
            Properties properties = load(bundle);
            assertThat(properties.stringPropertyNames()).allSatisfy(key ->
                    assertThat(properties.getProperty(key)).as(bundle + " " + key).isNotBlank());
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesInSyncTest.class.getClassLoader().getResourceAsStream(bundle)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
