package nl.duiding.dialogue;

public enum DecisionStatus { OPEN, DONE }
