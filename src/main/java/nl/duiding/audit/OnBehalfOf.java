package nl.duiding.audit;

/** A principal that acts on behalf of an organisation (e.g. a provider user for its providers). */
public interface OnBehalfOf {

    String onBehalfOf();
}
