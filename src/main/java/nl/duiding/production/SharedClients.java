package nl.duiding.production;

/** Two providers (AGB codes, {@code agbA} &lt; {@code agbB}) that both declared care for {@code clients} clients. */
public record SharedClients(String agbA, String agbB, long clients) {
}
