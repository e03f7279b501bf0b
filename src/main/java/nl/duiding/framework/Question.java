package nl.duiding.framework;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "question")
class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_id")
    private Framework framework;
    private String code;
    private int position;
    @Enumerated(EnumType.STRING)
    private QuestionKind kind;
    private String promptNl;
    private String promptEn;
    private boolean required;
    private boolean allowNotApplicable;
    private boolean allowOther;
    private int scalePoints;
    private String xAxisNl;
    private String xAxisEn;
    private String yAxisNl;
    private String yAxisEn;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    private List<Option> options = new ArrayList<>();

    protected Question() {
    }

    Question(Framework framework, int position, FrameworkDefinition.QuestionDefinition d) {
        this.framework = framework;
        this.position = position;
        this.code = d.code();
        this.kind = d.kind();
        this.promptNl = d.prompt().nl();
        this.promptEn = d.prompt().en();
        this.required = d.required();
        this.allowNotApplicable = d.notApplicable();
        this.allowOther = d.allowOther();
        this.scalePoints = d.scalePoints();
        if (d.xAxis() != null) {
            this.xAxisNl = d.xAxis().nl();
            this.xAxisEn = d.xAxis().en();
        }
        if (d.yAxis() != null) {
            this.yAxisNl = d.yAxis().nl();
            this.yAxisEn = d.yAxis().en();
        }
        d.options().forEach(o -> options.add(new Option(o.code(), o.label().nl(), o.label().en())));
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    FrameworkDefinition.QuestionDefinition definition() {
        return new FrameworkDefinition.QuestionDefinition(code, kind, new LocalizedText(promptNl, promptEn), required,
                options.stream().map(o -> new FrameworkDefinition.OptionDefinition(o.code,
                        new LocalizedText(o.labelNl, o.labelEn))).toList(),
                allowNotApplicable, allowOther, scalePoints, text(xAxisNl, xAxisEn), text(yAxisNl, yAxisEn));
    }

    private static LocalizedText text(String nl, String en) {
        return nl == null ? null : new LocalizedText(nl, en);
    }

    @Embeddable
    static class Option {
        @Column(name = "code")
        private String code;
        @Column(name = "label_nl")
        private String labelNl;
        @Column(name = "label_en")
        private String labelEn;

        protected Option() {
        }

        Option(String code, String labelNl, String labelEn) {
            this.code = code;
            this.labelNl = labelNl;
            this.labelEn = labelEn;
        }
    }
}
