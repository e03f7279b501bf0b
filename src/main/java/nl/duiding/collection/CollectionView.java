package nl.duiding.collection;

import java.time.LocalDate;

/** A collection as other modules see it; providerId is set when the link is tied to one provider. */
public record CollectionView(long id, long opgaveId, long frameworkId, String name, String token,
                             LocalDate opensOn, LocalDate closesOn, Long providerId) {

    public CollectionView(long id, long opgaveId, long frameworkId, String name, String token,
                          LocalDate opensOn, LocalDate closesOn) {
        this(id, opgaveId, frameworkId, name, token, opensOn, closesOn, null);
    }

    public boolean isOpenOn(LocalDate day) {
        return (opensOn == null || !day.isBefore(opensOn)) && (closesOn == null || !day.isAfter(closesOn));
    }
}
