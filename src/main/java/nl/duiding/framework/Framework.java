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
        if (status == Status.PUBLISHED) {
            throw new IllegalStateException("A published framework version is immutable");
        }
        questions.add(new Question(this, questions.size(), definition));
    }

    void publish() {
        status = Status.PUBLISHED;
    }

    Long id() {
        return id;
    }

    FrameworkDefinition definition() {
        return new FrameworkDefinition(id, name, version, questions.stream().map(Question::definition).toList());
    }
}
