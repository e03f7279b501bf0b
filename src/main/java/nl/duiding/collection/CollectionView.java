package nl.duiding.collection;

import java.time.LocalDate;

/** A collection as other modules see it. */
public record CollectionView(long id, long opgaveId, long frameworkId, String name, String token,
                             LocalDate opensOn, LocalDate closesOn) {

    public boolean isOpenOn(LocalDate day) {
        return (opensOn == null || !day.isBefore(opensOn)) && (closesOn == null || !day.isAfter(closesOn));
    }
}
