package nl.duiding.production;

/** The formats an import reads; {@code AUTO} looks at the file's first bytes. */
public enum ImportFormat {
    AUTO, CSV, JW323, WMO323
}
