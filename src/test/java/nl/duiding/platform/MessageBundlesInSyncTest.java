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

    /** The bundles checked here; the others have tests of their own (e.g. DialogueMessagesTest). */
    static final String[] BUNDLES = {"messages/messages", "messages/overview"};

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        for (String name : BUNDLES) {
            Set<String> dutch = keys(name + ".properties");
            Set<String> english = keys(name + "_en.properties");
            assertThat(difference(dutch, english)).as(name + ": only in Dutch").isEmpty();
            assertThat(difference(english, dutch)).as(name + ": only in English").isEmpty();
        }
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : java.util.Arrays.stream(BUNDLES).flatMap(b -> java.util.stream.Stream.of(b + ".properties",
                b + "_en.properties")).toList()) {
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
