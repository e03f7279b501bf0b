package nl.duiding.privacy;

import java.util.List;

/**
 * The schools, GP practices and health centres of the municipality, lower case, one per line in a file
 * ({@code duiding.privacy.institution-list}): the shipped, generated demo list for Dordrecht, or the municipality's
 * own (schools from DUO's "Adressen onderwijsinstellingen", practices from its own list or the AGB register).
 */
public record InstitutionList(List<String> names) {

    private static final InstitutionList BUNDLED = new InstitutionList(ListFile.resource("/privacy/instellingen-demo.txt"));

    public InstitutionList {
        names = List.copyOf(names);
    }

    /** The demo municipality's generated list shipped with Duiding. */
    public static InstitutionList bundled() {
        return BUNDLED;
    }

    /** A file with one name per line ('#' starts a comment); an empty path means the bundled list. */
    public static InstitutionList fromFile(String path) {
        return path == null || path.isBlank() ? bundled()
                : new InstitutionList(ListFile.read(path, "duiding.privacy.institution-list"));
    }
}
