package nl.duiding.identity;

import java.util.Set;

import nl.duiding.TestFixtures;

/** Extra accounts for security tests. */
record TestUsers(TestFixtures fixtures) {

    void provider() {
        fixtures.accounts().createIfAbsent("test-aanbieder", "Test Aanbieder", "Geheim-Aanbieder-Test-1",
                Role.PROVIDER, Set.of());
    }
}
