package nl.duiding.opgave;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "provider")
class Provider {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String agbCode;

    protected Provider() {
    }

    Provider(String name, String agbCode) {
        update(name, agbCode);
    }

    void update(String name, String agbCode) {
        this.name = name;
        this.agbCode = agbCode;
    }

    ProviderView view() {
        return new ProviderView(id, name, agbCode);
    }
}
