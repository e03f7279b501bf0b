package nl.duiding.identity;

import java.util.Set;

import nl.duiding.TestFixtures;

/** Extra accounts for security tests. */
record TestUsers(TestFixtures fixtures) {

    void provider() {
        fixtures.accounts().createIfAbsent("test-aanbieder", "Test Aanbieder", "test-aanbieder-Wachtwoord-1",
                Role.PROVIDER, Set.of());
    }
}
