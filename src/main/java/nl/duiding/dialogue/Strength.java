package nl.duiding.dialogue;

/** How strongly the participants see an observation in the material. */
public enum Strength { WEAK, MEDIUM, STRONG }
