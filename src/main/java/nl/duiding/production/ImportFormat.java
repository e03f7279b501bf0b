package nl.duiding.production;

import java.util.Locale;

/**
 * The formats an import reads; {@code AUTO} looks at the file's first bytes. Besides declarations (CSV, JW323,
 * WMO323) the iStandaarden messages with toewijzingen (JW301, WMO301) and with the municipality's answer to a
 * declaration (JW325, WMO325).
 */
public enum ImportFormat {
    AUTO, CSV, JW323, WMO323, JW301, WMO301, JW325, WMO325;

    /** An iStandaarden XML message (not AUTO, not CSV). */
    public boolean message() {
        return this != AUTO && this != CSV;
    }

    /** A toewijzing message (301). */
    public boolean allocation() {
        return this == JW301 || this == WMO301;
    }

    /** A declaration answer message (325). */
    public boolean answer() {
        return this == JW325 || this == WMO325;
    }

    /** The law of a message: JEUGDWET for iJw, WMO for iWmo; null for AUTO and CSV. */
    String law() {
        return !message() ? null : name().startsWith("JW") ? "JEUGDWET" : "WMO";
    }

    /** The message name as it stands in the message's namespace ("jw301"). */
    String namespaceName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
