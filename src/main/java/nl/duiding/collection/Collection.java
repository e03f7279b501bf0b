package nl.duiding.collection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "collection")
class Collection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long opgaveId;
    private long frameworkId;
    private String name;
    private String token;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private Long providerId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "collection_prompt", joinColumns = @JoinColumn(name = "collection_id"))
    @OrderColumn(name = "position")
    private List<StoredPrompt> prompts = new ArrayList<>();

    protected Collection() {
    }

    Collection(long opgaveId, long frameworkId, String name, String token, LocalDate opensOn, LocalDate closesOn) {
        this.opgaveId = opgaveId;
        this.frameworkId = frameworkId;
        this.name = name;
        this.token = token;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    Collection(long opgaveId, long frameworkId, String name, String token, LocalDate opensOn, LocalDate closesOn,
               Long providerId) {
        this(opgaveId, frameworkId, name, token, opensOn, closesOn);
        this.providerId = providerId;
    }

    void prompt(Prompt prompt) {
        prompts.add(new StoredPrompt(prompt.professional(), prompt.nl(), prompt.en()));
    }

    List<Prompt> prompts() {
        return prompts.stream().map(p -> new Prompt(p.professional, p.textNl, p.textEn)).toList();
    }

    CollectionView view() {
        return new CollectionView(id, opgaveId, frameworkId, name, token, opensOn, closesOn, providerId);
    }

    @Embeddable
    static class StoredPrompt {
        @Column(name = "professional")
        private boolean professional;
        @Column(name = "text_nl")
        private String textNl;
        @Column(name = "text_en")
        private String textEn;

        protected StoredPrompt() {
        }

        StoredPrompt(boolean professional, String textNl, String textEn) {
            this.professional = professional;
            this.textNl = textNl;
            this.textEn = textEn;
        }
    }
}
