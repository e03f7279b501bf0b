package nl.duiding.dashboard;

import nl.duiding.analysis.StoryFilter;
import nl.duiding.story.TellerRole;

/** The dashboard filter as it arrives in a query string; unknown roles are ignored, not an error. */
record FilterParams(String q, Long provider, String role) {

    StoryFilter toFilter(long opgaveId) {
        return new StoryFilter(opgaveId, provider, tellerRole(), q);
    }

    public TellerRole tellerRole() {
        if (role == null || role.isBlank()) {
            return null;
        }
        try {
            return TellerRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean any() {
        return provider != null || tellerRole() != null || (q != null && !q.isBlank());
    }
}
