package nl.duiding.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.WebApplicationType;
import org.springframework.mock.env.MockEnvironment;

import nl.duiding.DuidingApplication;

/** A production start names its database and carries its secrets, or stops with one paragraph saying what is missing. */
class ProductionReadinessTest {

    private final ProductionReadiness readiness = new ProductionReadiness();

    private static MockEnvironment production() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("production");
        return env;
    }

    private static MockEnvironment complete() {
        return production()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/duiding")
                .withProperty("duiding.form-token.secret", "a-form-token-secret-of-length")
                .withProperty("duiding.pseudonym.secret", "a-pseudonym-secret-of-length")
                .withProperty("duiding.privacy.sealing-key", Base64.getEncoder().encodeToString(new byte[32]))
                .withProperty("duiding.disclosure.record-key-secret", "a-record-key-secret-of-length");
    }

    @Test
    void withoutTheProductionProfileNothingIsRequired() {
        assertThatNoException().isThrownBy(() -> readiness.postProcessEnvironment(new MockEnvironment(), new SpringApplication()));
    }

    @Test
    void aCompleteProductionConfigurationStarts() {
        assertThatNoException().isThrownBy(() -> readiness.postProcessEnvironment(complete(), new SpringApplication()));
    }

    @Test
    void aBareProductionStartNamesEverythingMissingInOneParagraph() {
        assertThatThrownBy(() -> readiness.postProcessEnvironment(production(), new SpringApplication()))
                .isInstanceOfSatisfying(ProductionSettingsMissingException.class, e -> {
                    assertThat(e.missing()).hasSize(5);
                    FailureAnalysis analysis = new ProductionSettingsFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription())
                            .contains("DUIDING_DB_URL", "DUIDING_FORM_TOKEN_SECRET", "DUIDING_PSEUDONYM_SECRET",
                                    "DUIDING_PRIVACY_SEALING_KEY", "DUIDING_DISCLOSURE_RECORD_KEY_SECRET")
                            .doesNotContain("\n");
                    assertThat(analysis.getAction()).contains("openssl rand");
                });
    }

    @Test
    void shortSecretsAndMalformedKeysCountAsMissing() {
        MockEnvironment env = complete()
                .withProperty("duiding.pseudonym.secret", "short")
                .withProperty("duiding.privacy.sealing-key", "not base64!");
        assertThatThrownBy(() -> readiness.postProcessEnvironment(env, new SpringApplication()))
                .isInstanceOfSatisfying(ProductionSettingsMissingException.class, e -> assertThat(e.missing())
                        .containsExactly(
                                "DUIDING_PSEUDONYM_SECRET (duiding.pseudonym.secret) is shorter than 16 characters",
                                "DUIDING_PRIVACY_SEALING_KEY (duiding.privacy.sealing-key) is not base64 of 32 bytes"));
    }

    @Test
    void aRealProductionStartStopsBeforeLookingForALocalDatabase() {
        SpringApplication app = new SpringApplication(DuidingApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        assertThatThrownBy(() -> app.run("--spring.profiles.active=production", "--duiding.test.fresh-database=false"))
                .isInstanceOf(ProductionSettingsMissingException.class);
    }
}
