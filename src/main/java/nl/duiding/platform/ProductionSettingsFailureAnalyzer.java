package nl.duiding.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns missing production settings into one paragraph: what is missing and how to set it. */
class ProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ProductionSettingsMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, ProductionSettingsMissingException cause) {
        String description = "Duiding did not start with the production profile, because it would run unsafely without: "
                + String.join("; ", cause.missing()) + ".";
        String action = "Set each as an environment variable (secrets: at least " + ProductionReadiness.MIN_SECRET_LENGTH
                + " random characters, e.g. `openssl rand -base64 24`; the sealing key: `openssl rand -base64 32`), "
                + "or start without the production profile to try the demo. See README, \"Configuration\".";
        return new FailureAnalysis(description, action, cause);
    }
}
