package nl.duiding.production;

import java.util.List;

/** Allocated, declared and approved for a filter: the total and per opgave, provider and district (ADR 0023). */
public record AllocationComparison(AllocationRow total, List<AllocationRow> perOpgave, List<AllocationRow> perProvider,
                                   List<AllocationRow> perDistrict) {

    public AllocationComparison {
        perOpgave = List.copyOf(perOpgave);
        perProvider = List.copyOf(perProvider);
        perDistrict = List.copyOf(perDistrict);
    }

    /** Nothing allocated and nothing declared: the page says so instead of showing zeros. */
    public boolean isEmpty() {
        return total.allocations() == 0 && total.declaredCents() == 0;
    }
}
