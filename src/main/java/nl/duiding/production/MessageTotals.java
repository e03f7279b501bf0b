package nl.duiding.production;

import java.util.List;

/**
 * What a 301 or 325 import holds, as its page shows it. For toewijzingen: how many, for how many clients, the volume
 * per unit over their whole validity (those without an end date are counted apart, their volume has no end) and the
 * budget. For an answer: the declaration, what was submitted and awarded, and the prestaties it rejected. Amounts in
 * eurocents, credit negative.
 */
public record MessageTotals(Kind kind, long allocations, long clients, List<Allocated> volumes, long budgetCents,
                            long openEnded, String declarationNumber, String providerAgb, long submittedCents,
                            long awardedCents, long rejectedPrestaties, long rejectedCents) {

    public enum Kind { ALLOCATIONS, ANSWER }

    public MessageTotals {
        volumes = List.copyOf(volumes);
    }

    /** Allocated volume of one unit, rounded to whole units. */
    public record Allocated(String unit, String unitName, long volume) {
    }

    static MessageTotals allocations(long allocations, long clients, List<Allocated> volumes, long budgetCents,
                                     long openEnded) {
        return new MessageTotals(Kind.ALLOCATIONS, allocations, clients, volumes, budgetCents, openEnded, null, null, 0, 0,
                0, 0);
    }

    static MessageTotals answer(String declarationNumber, String providerAgb, long submittedCents, long awardedCents,
                                long rejectedPrestaties, long rejectedCents) {
        return new MessageTotals(Kind.ANSWER, 0, 0, List.of(), 0, 0, declarationNumber, providerAgb, submittedCents,
                awardedCents, rejectedPrestaties, rejectedCents);
    }
}
