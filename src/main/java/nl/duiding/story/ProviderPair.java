package nl.duiding.story;

/** Two providers named together in {@code stories} analysable stories; {@code providerA} &lt; {@code providerB}. */
public record ProviderPair(long providerA, long providerB, long stories) {
}
