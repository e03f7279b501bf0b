package nl.duiding.opgave;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "district")
class District {

    @Id
    private String code;
    private String name;
    private String municipalityCode;

    protected District() {
    }

    District(String code, String name, String municipalityCode) {
        this.code = code;
        update(name);
        this.municipalityCode = municipalityCode;
    }

    void update(String name) {
        this.name = name;
    }

    DistrictView view() {
        return new DistrictView(code, name, municipalityCode);
    }
}
