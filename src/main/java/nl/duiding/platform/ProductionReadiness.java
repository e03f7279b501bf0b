package nl.duiding.platform;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * A production start must name its database and carry its secrets. Without this check such a start
 * would quietly connect to localhost as {@code postgres}, create a database there, and run with a
 * random form-token key and without pseudonyms or sealed originals. Runs before
 * {@link DatabaseLocator}, so the locator never gets to guess for production; what is missing stops
 * start-up with {@link ProductionSettingsMissingException}, shown as one paragraph by
 * {@link ProductionSettingsFailureAnalyzer}.
 */
public class ProductionReadiness implements EnvironmentPostProcessor, Ordered {

    static final String PROFILE = "production";
    static final int MIN_SECRET_LENGTH = 16;

    /** A required setting: property, environment variable, and how to make a value. */
    record Required(String property, String variable, String kind) {
    }

    static final List<Required> REQUIRED = List.of(
            new Required("duiding.form-token.secret", "DUIDING_FORM_TOKEN_SECRET", "secret"),
            new Required("duiding.pseudonym.secret", "DUIDING_PSEUDONYM_SECRET", "secret"),
            new Required("duiding.privacy.sealing-key", "DUIDING_PRIVACY_SEALING_KEY", "key"),
            new Required("duiding.disclosure.record-key-secret", "DUIDING_DISCLOSURE_RECORD_KEY_SECRET", "secret"));

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 15;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        List<String> missing = missing(env);
        if (!missing.isEmpty()) {
            throw new ProductionSettingsMissingException(missing);
        }
    }

    static List<String> missing(ConfigurableEnvironment env) {
        List<String> missing = new ArrayList<>();
        if (!StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            missing.add("the database URL (DUIDING_DB_URL, with DUIDING_DB_USER and DUIDING_DB_PASSWORD)");
        }
        for (Required required : REQUIRED) {
            String value = env.getProperty(required.property(), "");
            String problem = "key".equals(required.kind()) ? keyProblem(value) : secretProblem(value);
            if (problem != null) {
                missing.add(required.variable() + " (" + required.property() + ") " + problem);
            }
        }
        return missing;
    }

    private static String secretProblem(String value) {
        if (!StringUtils.hasText(value)) {
            return "is not set";
        }
        return value.strip().length() < MIN_SECRET_LENGTH ? "is shorter than " + MIN_SECRET_LENGTH + " characters" : null;
    }

    private static String keyProblem(String value) {
        if (!StringUtils.hasText(value)) {
            return "is not set";
        }
        try {
            return Base64.getDecoder().decode(value.strip()).length == 32 ? null : "is not base64 of 32 bytes";
        } catch (IllegalArgumentException e) {
            return "is not base64 of 32 bytes";
        }
    }
}
