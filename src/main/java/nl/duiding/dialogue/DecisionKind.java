package nl.duiding.dialogue;

/** What a decision adjusts: the opgave itself, a contract, or how a practice is run. */
public enum DecisionKind { OPGAVE, CONTRACT, PRACTICE }
