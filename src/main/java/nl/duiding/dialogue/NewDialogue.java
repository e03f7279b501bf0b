package nl.duiding.dialogue;

import java.time.LocalDate;
import java.util.List;

/** What a policy officer fills in to start a dialogue. */
record NewDialogue(long opgaveId, String title, LocalDate periodStart, LocalDate periodEnd, List<Long> providerIds,
                   List<String> districtCodes) {
}
