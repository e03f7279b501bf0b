package nl.duiding.story;

/** Who tells the story. CLIENT also covers a relative who is not the parent or carer. */
public enum TellerRole {
    CLIENT, PARENT, YOUNG_PERSON, PROFESSIONAL
}
