package nl.duiding.production;

/**
 * The cold part of an opgave's effect chain for one year: input (budget), throughput (clients in care) and
 * output (volume and amount). Outcome and impact come from the stories.
 */
public record EffectChain(long opgaveId, int year, long budgetCents, FigureRow output, BudgetShare share) {

    /** Declared amount of the budgeted months as a percentage of their budget; -1 when there is no budget. */
    public int budgetSharePercent() {
        return share.percent();
    }
}
