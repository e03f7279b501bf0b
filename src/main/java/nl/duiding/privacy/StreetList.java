package nl.duiding.privacy;

import java.util.List;

/**
 * The street names of the municipality, lower case, one per line in a file: the shipped demo list for
 * Dordrecht, or the municipality's own export of the BAG's "openbare ruimte" names
 * ({@code duiding.privacy.street-list}).
 */
public record StreetList(List<String> names) {

    private static final StreetList BUNDLED = new StreetList(ListFile.resource("/privacy/straten-dordrecht.txt"));

    public StreetList {
        names = List.copyOf(names);
    }

    /** The demo municipality's list shipped with Duiding. */
    public static StreetList bundled() {
        return BUNDLED;
    }

    /** A file with one street name per line ('#' starts a comment); an empty path means the bundled list. */
    public static StreetList fromFile(String path) {
        return path == null || path.isBlank() ? bundled() : new StreetList(ListFile.read(path, "duiding.privacy.street-list"));
    }
}
