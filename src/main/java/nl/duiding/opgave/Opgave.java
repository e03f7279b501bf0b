package nl.duiding.opgave;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "opgave")
class Opgave {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private Law law;
    private String description;
    @ElementCollection
    @CollectionTable(name = "opgave_goal", joinColumns = @JoinColumn(name = "opgave_id"))
    @OrderColumn(name = "position")
    private List<GoalEntry> goals = new ArrayList<>();

    protected Opgave() {
    }

    Opgave(String name, Law law, String description, List<OpgaveView.Goal> goals) {
        update(name, law, description, goals);
    }

    void update(String name, Law law, String description, List<OpgaveView.Goal> goals) {
        this.name = name;
        this.law = law;
        this.description = description;
        this.goals.clear();
        goals.forEach(g -> this.goals.add(new GoalEntry(g.text(), g.type())));
    }

    Long id() {
        return id;
    }

    OpgaveView view() {
        return new OpgaveView(id, name, law, description,
                goals.stream().map(g -> new OpgaveView.Goal(g.text, g.type)).toList());
    }

    @Embeddable
    static class GoalEntry {
        @Column(name = "text")
        private String text;
        @Enumerated(EnumType.STRING)
        @Column(name = "type")
        private GoalType type;

        protected GoalEntry() {
        }

        GoalEntry(String text, GoalType type) {
            this.text = text;
            this.type = type;
        }
    }
}
