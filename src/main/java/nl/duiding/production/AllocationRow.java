package nl.duiding.production;

import java.util.List;

/**
 * Allocated beside declared beside approved for one key (an opgave id, AGB code, CBS district code or "total"), in one
 * span: toewijzingen active in it, their clients, their volume per unit and budget in that span; the declared amount;
 * of that, what answered declarations approved and rejected; the rest has no answer yet. Amounts in eurocents.
 */
public record AllocationRow(String key, long allocations, long clients, List<MessageTotals.Allocated> volumes,
                            long budgetCents, long declaredCents, long approvedCents, long rejectedCents) {

    public AllocationRow {
        volumes = List.copyOf(volumes);
    }

    /** Declared in declarations the municipality has not answered (yet). */
    public long unansweredCents() {
        return declaredCents - approvedCents - rejectedCents;
    }

    static AllocationRow empty(String key) {
        return new AllocationRow(key, 0, 0, List.of(), 0, 0, 0, 0);
    }
}
