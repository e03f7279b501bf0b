package nl.duiding.collection;

import java.time.LocalDate;

import jakarta.persistence.Entity;
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

    CollectionView view() {
        return new CollectionView(id, opgaveId, frameworkId, name, token, opensOn, closesOn);
    }
}
