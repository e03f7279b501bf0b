package nl.duiding.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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

    private static final String[] SECRETS = {"--duiding.form-token.secret=a-form-token-secret-of-length",
            "--duiding.pseudonym.secret=a-pseudonym-secret-of-length",
            "--duiding.privacy.sealing-key=" + Base64.getEncoder().encodeToString(new byte[32]),
            "--duiding.disclosure.record-key-secret=a-record-key-secret-of-length"};

    /** Starts the real application with the production profile and these arguments; returns what start-up printed. */
    private static String failedStart(CapturedOutput output, String... arguments) {
        SpringApplication app = new SpringApplication(DuidingApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        // bare: without the test database and test keys TestEnvironment adds to every other test's context
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("--spring.profiles.active=production",
                "--duiding.test.bare=true"), java.util.Arrays.stream(arguments)).toArray(String[]::new);
        assertThatThrownBy(() -> app.run(all)).isInstanceOf(ProductionSettingsMissingException.class);
        return output.getAll();
    }

    /** The paragraph start-up prints: the description Spring Boot's failure report shows, on one line. */
    private static String paragraph(String printed) {
        return printed.lines().filter(l -> l.startsWith("Duiding did not start with the production profile")).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph about the production settings in:\n" + printed));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aProductionStartWithoutSecretsPrintsOneParagraphNamingEachSecret(CapturedOutput output) {
        String paragraph = paragraph(failedStart(output, "--spring.datasource.url=jdbc:postgresql://db.example:5432/duiding"));
        assertThat(paragraph).contains("DUIDING_FORM_TOKEN_SECRET", "DUIDING_PSEUDONYM_SECRET", "DUIDING_PRIVACY_SEALING_KEY",
                "DUIDING_DISCLOSURE_RECORD_KEY_SECRET").doesNotContain("DUIDING_DB_URL");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aProductionStartWithoutADatabaseUrlPrintsOneParagraphNamingIt(CapturedOutput output) {
        String[] arguments = java.util.Arrays.copyOf(SECRETS, SECRETS.length + 1);
        arguments[SECRETS.length] = "--spring.datasource.url="; // also when the machine has DUIDING_DB_URL
        String paragraph = paragraph(failedStart(output, arguments));
        assertThat(paragraph).contains("the database URL (DUIDING_DB_URL").doesNotContain("SECRET", "SEALING_KEY");
        assertThat(output.getAll()).doesNotContain("localhost:5432");
    }
}
