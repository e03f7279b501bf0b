package nl.duiding.opgave;

/** A district (wijk) by its CBS code. */
public record DistrictView(String code, String name, String municipalityCode) {
}
