package nl.duiding.dialogue;

/** The order in which a dialogue gives feedback: what goes well, what is vulnerable, what is remarkably absent. */
public enum Feedback { GOES_WELL, VULNERABLE, ABSENT }
