package nl.duiding.dialogue;

import java.util.Map;

import nl.duiding.opgave.DistrictView;
import nl.duiding.opgave.OpgaveCatalog;

/** Reading the pin form's fields leniently: a malformed value is refused as invalid, never a 500. */
final class MaterialFields {

    private MaterialFields() {
    }

    static Long optionalLong(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw MaterialRefusedException.invalid("dialogue.material.invalid");
        }
    }

    static String text(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The district the material is about, or null for all districts. It must be one of the dialogue's districts;
     * a dialogue without districts takes none.
     */
    static String district(Map<String, String> fields, Dialogue dialogue) {
        String district = text(fields, "district");
        if (district != null && !dialogue.districtCodes().contains(district)) {
            throw MaterialRefusedException.invalid("dialogue.material.outOfScope");
        }
        return district;
    }

    /** The district's name for a snapshot, or null for all districts; its code when it is no longer known. */
    static String districtName(OpgaveCatalog catalog, String district) {
        return district == null ? null : catalog.district(district).map(DistrictView::name).orElse(district);
    }

    /**
     * The provider the material is about. A provider user must name one of their own providers (material about
     * the opgave as a whole or another provider is refused); anyone must stay inside the dialogue's providers.
     */
    static Long provider(Map<String, String> fields, Dialogue dialogue, Actor actor) {
        Long providerId = optionalLong(fields, "provider");
        if (actor.isProvider() && !actor.speaksFor(providerId)) {
            throw MaterialRefusedException.forbidden();
        }
        if (!dialogue.covers(providerId)) {
            throw MaterialRefusedException.invalid("dialogue.material.outOfScope");
        }
        return providerId;
    }
}
