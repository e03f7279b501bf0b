package nl.duiding.opgave;

/** A care provider as other modules see it. */
public record ProviderView(long id, String name, String agbCode) {
}
