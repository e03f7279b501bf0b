package nl.duiding.dialogue;

import org.springframework.stereotype.Component;

import nl.duiding.identity.DuidingUser;
import nl.duiding.opgave.OpgaveCatalog;

/** Turns the signed-in user into an {@link Actor} with the names of the providers they speak for. */
@Component
class Actors {

    private final OpgaveCatalog catalog;

    Actors(OpgaveCatalog catalog) {
        this.catalog = catalog;
    }

    Actor of(DuidingUser user) {
        return Actor.of(user, catalog);
    }
}
