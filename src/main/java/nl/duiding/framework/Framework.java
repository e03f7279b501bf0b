package nl.duiding.framework;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

@Entity
@Table(name = "framework")
class Framework {

    enum Status { DRAFT, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private int version;
    @Enumerated(EnumType.STRING)
    private Status status;
    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected Framework() {
    }

    Framework(String name, int version) {
        this.name = name;
        this.version = version;
        this.status = Status.DRAFT;
    }

    void add(FrameworkDefinition.QuestionDefinition definition) {
        requireDraft();
        questions.add(new Question(this, questions.size(), definition));
    }

    /** Removes a question from a draft; positions stay dense so the form order is what the editor shows. */
    void remove(String code) {
        requireDraft();
        questions.removeIf(q -> q.definition().code().equals(code));
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).moveTo(i);
        }
    }

    /**
     * Moves a question one place up ({@code steps} -1) or down (+1) in a draft. Moving the first question up
     * or the last one down changes nothing.
     */
    void move(String code, int steps) {
        requireDraft();
        int from = -1;
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).definition().code().equals(code)) {
                from = i;
            }
        }
        int to = from + Integer.signum(steps);
        if (from < 0 || to < 0 || to >= questions.size()) {
            return;
        }
        java.util.Collections.swap(questions, from, to);
        questions.get(from).moveTo(from);
        questions.get(to).moveTo(to);
    }

    void publish() {
        status = Status.PUBLISHED;
    }

    boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    /** A new draft version with the same questions: editing a published version never changes it. */
    Framework nextVersion(int number) {
        Framework next = new Framework(name, number);
        questions.forEach(q -> next.add(q.definition()));
        return next;
    }

    String name() {
        return name;
    }

    private void requireDraft() {
        if (status == Status.PUBLISHED) {
            throw new IllegalStateException("A published framework version is immutable");
        }
    }

    Long id() {
        return id;
    }

    FrameworkDefinition definition() {
        return new FrameworkDefinition(id, name, version, questions.stream().map(Question::definition).toList(),
                isPublished());
    }
}
