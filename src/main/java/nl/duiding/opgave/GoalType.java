package nl.duiding.opgave;

/** Goal types after Robbe: performance, prevention and learning goals. */
public enum GoalType {
    PERFORMANCE, PREVENTION, LEARNING
}
