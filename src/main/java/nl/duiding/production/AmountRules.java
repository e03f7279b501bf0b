package nl.duiding.production;

/**
 * The amount rules of one line, on volume, tariff and amount without their sign (a credit is checked as written
 * and stored negative by {@link LineChecker}): P x Q, and unit 83 (euro's) where the volume is the amount.
 */
final class AmountRules {

    private AmountRules() {
    }

    /** P x Q: the amount is volume times tariff, except for products declared in euros (eenheid 83). */
    static void pxq(String unit, Long volume, Long tariff, Long amount, Reasons.Collector why) {
        if (unit == null || volume == null || tariff == null || amount == null) {
            return;
        }
        long product;
        try {
            product = Math.multiplyExact(volume, tariff);
        } catch (ArithmeticException e) {
            why.add("pxqTooLarge", String.valueOf(volume), Money.euros(tariff));
            return;
        }
        if (product != amount) {
            why.add("pxq", Money.euros(amount), String.valueOf(volume), Money.euros(tariff), Money.euros(product));
        }
    }

    /**
     * Unit 83 (euro's): the volume is the amount. Files write it in whole euros (volume 169, amount 169,00) or, as the
     * amount itself, in eurocents (volume 16900, amount 16900); both are accepted. A tariff given is kept as it is;
     * without one the tariff is what makes volume times tariff the amount, so the figures' P x Q holds.
     */
    static Long euros(Long volume, Long tariff, Long amount, Reasons.Collector why) {
        if (volume == null || amount == null || tariff != null) {
            return tariff;
        }
        if (volume == 0 && amount == 0) {
            return 0L;
        }
        if (amount.equals(volume) || (volume < Long.MAX_VALUE / 100 && amount == volume * 100)) {
            return amount / volume;
        }
        why.add("euros", String.valueOf(volume), Money.euros(amount));
        return null;
    }

    static boolean negative(Long value) {
        return value != null && value < 0;
    }

    static Long abs(Long value) {
        return value == null ? null : Math.abs(value);
    }
}
