package nl.duiding.production;

import java.util.List;

/**
 * Production figures for one key (a period, provider, district or opgave): the net amount in eurocents, unique
 * clients, declared lines, and volume with its average tariff per unit (hours and days are never added up).
 */
public record FigureRow(String key, long amountCents, long clients, long lines, List<UnitVolume> volumes) {

    public record UnitVolume(String unit, String unitName, long volume, long averageTariffCents) {

        /** From a unit's summed volume and summed tariff × volume (eurocents): the average tariff per unit. */
        static UnitVolume of(String unit, String unitName, long volume, double tariffTimesVolume) {
            return new UnitVolume(unit, unitName, volume, volume == 0 ? 0 : Math.round(tariffTimesVolume / volume));
        }
    }

    public long amountPerClientCents() {
        return clients == 0 ? 0 : Math.round((double) amountCents / clients);
    }

    static FigureRow empty(String key) {
        return new FigureRow(key, 0, 0, 0, List.of());
    }
}
