package nl.duiding.collection;

/**
 * The fixed fields of the public story form, all bound as text so that no malformed value can fail
 * binding and lose what the teller typed; signification answers arrive as separate parameters.
 */
record StoryForm(String role, String title, String body, String providerId, String districtCode,
                 String consentAnalysis, String consentQuote, String consentShare, String idempotencyKey,
                 String formToken) {

    static StoryForm empty(String idempotencyKey) {
        return new StoryForm(null, "", "", null, null, null, null, null, idempotencyKey, null);
    }

    /** The empty form of a link tied to one provider starts with that provider chosen. */
    StoryForm withProvider(Long id) {
        return id == null ? this : new StoryForm(role, title, body, id.toString(), districtCode, consentAnalysis,
                consentQuote, consentShare, idempotencyKey, formToken);
    }

    public boolean analysis() {
        return checked(consentAnalysis);
    }

    public boolean quote() {
        return checked(consentQuote);
    }

    public boolean share() {
        return checked(consentShare);
    }

    /** The chosen provider; -1 when the value is not a number, so validation reports it as unknown. */
    Long provider() {
        if (providerId == null || providerId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(providerId.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static boolean checked(String value) {
        return "true".equals(value) || "on".equals(value);
    }
}
