package nl.duiding.story;

/** Who tells the story. */
public enum TellerRole {
    CLIENT, PROFESSIONAL
}
