package nl.duiding.identity;

/**
 * Roles of signed-in users. Tellers have no account: they reach the story form through an
 * unguessable collection link and are anonymous.
 */
public enum Role {
    POLICY_OFFICER, PROVIDER, GRIFFIE, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
