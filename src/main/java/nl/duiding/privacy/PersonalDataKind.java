package nl.duiding.privacy;

/** What kind of personal data a redaction hides; each kind has its own placeholder. */
public enum PersonalDataKind {
    BSN("[BSN]"), PHONE("[TELEFOON]"), EMAIL("[E-MAIL]"), IBAN("[IBAN]"), ADDRESS("[ADRES]"), POSTCODE("[POSTCODE]"),
    NAME("[NAAM]"), BIRTH_DATE("[GEBOORTEDATUM]"), PLATE("[KENTEKEN]"), INSTITUTION("[INSTELLING]");

    private final String placeholder;

    PersonalDataKind(String placeholder) {
        this.placeholder = placeholder;
    }

    public String placeholder() {
        return placeholder;
    }
}
