package nl.duiding.production;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Eurocents as Dutch euro text for messages and views ("€ 1.250,00"). */
public final class Money {

    private Money() {
    }

    public static String euros(long cents) {
        return euros(cents, Locale.forLanguageTag("nl"));
    }

    public static String euros(long cents, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale.getLanguage().equals("en") ? Locale.UK : Locale.forLanguageTag("nl-NL"));
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(BigDecimal.valueOf(cents, 2));
    }

    /** An amount per client, or a dash when there were no clients: nobody costs € 0,00. */
    public static String perClient(long cents, long clients, Locale locale) {
        return clients == 0 ? "–" : euros(cents, locale);
    }
}
