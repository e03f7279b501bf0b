package nl.duiding.opgave;

/** The law under which care for an opgave is bought. */
public enum Law {
    JEUGDWET, WMO, WLZ
}
