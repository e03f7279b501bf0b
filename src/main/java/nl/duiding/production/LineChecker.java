package nl.duiding.production;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.TreeSet;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks one raw line: formats, codes, the BSN's 11-proef, the P x Q rule and the product period. Replaces the
 * BSN by its pseudonym here, so nothing after this step ever sees the number.
 */
@Component
class LineChecker {


    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final CodeLists codes;
    private final Reasons reasons;
    private final MunicipalityProperties municipalities;

    @Autowired
    LineChecker(CodeLists codes, Reasons reasons, MunicipalityProperties municipalities) {
        this.codes = codes;
        this.reasons = reasons;
        this.municipalities = municipalities;
    }

    LineChecker(CodeLists codes, Reasons reasons) {
        this(codes, reasons, MunicipalityProperties.any());
    }

    StagedLine check(RawLine raw, boolean decimalComma, Pseudonymizer.Session pseudonyms) {
        Reasons.Collector why = reasons.collector();
        String law = law(raw.law(), why);
        String agb = code(raw.providerAgb(), 8, "agb", why);
        if (agb != null && !(agb.length() == 8 && allDigits(agb, 0, 8))) {
            why.add("agb", agb);
            agb = null;
        }
        String municipality = code(raw.municipality(), 4, "municipality", why);
        if (municipality != null && !codes.municipality(municipality)) {
            why.add("municipality", municipality);
        } else if (municipality != null && !municipalities.ours(municipality)) {
            why.add("otherMunicipality", municipality, String.join(", ", new TreeSet<>(municipalities.codes())));
        }
        String category = code(raw.category(), 2, "category", why);
        if (category != null && law != null && !codes.category(law, category)) {
            why.add("category", category, reasons.field("law." + law));
        }
        String unit = code(raw.unit(), 2, "unit", why);
        if (unit != null && !codes.unit(unit)) {
            why.add("unit", unit);
        }
        String pseudonym = pseudonym(raw.bsn(), pseudonyms, why);
        LocalDate declStart = value(raw.declarationStart(), "declarationStart", NumberText::date, why);
        LocalDate declEnd = value(raw.declarationEnd(), "declarationEnd", NumberText::date, why);
        LocalDate start = value(raw.productStart(), "productStart", NumberText::date, why);
        LocalDate end = value(raw.productEnd(), "productEnd", NumberText::date, why);
        checkPeriod(declStart, declEnd, start, end, why);
        Long volume = value(raw.volume(), "volume", s -> NumberText.whole(s, decimalComma), why);
        Function<String, Long> money = raw.euros() ? s -> NumberText.cents(s, decimalComma) : s -> NumberText.whole(s, false);
        boolean euroUnit = CodeLists.EURO_UNIT.equals(unit);
        // iStandaarden: for unit 83 (euro's) the tariff is left empty; the amount is the volume
        Long tariff = euroUnit && blank(raw.tariff()) ? null : value(raw.tariff(), "tariff", money, why);
        Long amount = value(raw.amount(), "amount", money, why);
        String dc = debitCredit(raw.debitCredit(), why);
        // a credit is written with C, or (as spreadsheets do) as negative numbers, or both; it is checked as written
        // without its sign and stored negative, so the figures net out
        boolean credit = "C".equals(dc) || AmountRules.negative(volume) || AmountRules.negative(amount);
        volume = AmountRules.abs(volume);
        amount = AmountRules.abs(amount);
        tariff = AmountRules.abs(tariff);
        if (euroUnit) {
            tariff = AmountRules.euros(volume, tariff, amount, why);
        } else {
            AmountRules.pxq(unit, volume, tariff, amount, why);
        }
        if (dc != null && credit) {
            dc = "C";
        }
        String district = district(raw.district(), municipality, why);
        String declaration = text(raw.declarationNumber(), 40, "declarationNumber", why);
        String reference = text(raw.referenceNumber(), 40, "referenceNumber", why);
        String productCode = blank(raw.productCode()) ? null : text(raw.productCode(), 5, "productCode", why);
        long sign = credit ? -1 : 1;
        return new StagedLine(raw.position(), raw.location(), law, declaration, declStart, declEnd, agb, municipality,
                reference, category, productCode, start, end, volume == null ? null : sign * volume, unit, tariff,
                amount == null ? null : sign * amount, dc, pseudonym, district, why.joined());
    }

    /** The BSN checked (11-proef, a dropped leading zero restored) and replaced by its pseudonym; null when invalid. */
    String pseudonym(String bsn, Pseudonymizer.Session pseudonyms, Reasons.Collector why) {
        if (blank(bsn)) {
            why.missing("bsn");
            return null;
        }
        String digits = bsn.strip();
        if (digits.length() == 8 && digits.chars().allMatch(Character::isDigit)) {
            digits = "0" + digits;
        }
        if (!Bsn.valid(digits)) {
            why.add("bsn");
            return null;
        }
        return pseudonyms.pseudonym(digits);
    }

    private static String law(String text, Reasons.Collector why) {
        if (blank(text)) {
            why.missing("law");
            return null;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "JEUGDWET", "JW", "IJW", "JEUGD" -> "JEUGDWET";
            case "WMO", "IWMO", "WMO 2015", "WMO2015" -> "WMO";
            default -> {
                why.add("law", text.strip());
                yield null;
            }
        };
    }

    /** A numeric code; spreadsheets drop leading zeros ("1" for "01"), so digits are padded back. */
    private String code(String text, int width, String field, Reasons.Collector why) {
        String s = text(text, width, field, why);
        if (s != null && s.length() < width && s.chars().allMatch(Character::isDigit)) {
            s = "0".repeat(width - s.length()) + s;
        }
        return s;
    }

    private String text(String text, int maxLength, String field, Reasons.Collector why) {
        if (blank(text)) {
            why.missing(field);
            return null;
        }
        String s = text.strip();
        if (s.length() > maxLength) {
            why.add("length", reasons.field(field), String.valueOf(maxLength));
            return null;
        }
        return s;
    }

    private <T> T value(String text, String field, Function<String, T> parse, Reasons.Collector why) {
        if (blank(text)) {
            why.missing(field);
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
            why.add("malformed", reasons.field(field), text.strip());
            return null;
        }
    }

    private static void checkPeriod(LocalDate declStart, LocalDate declEnd, LocalDate start, LocalDate end,
                                    Reasons.Collector why) {
        if (start != null && end != null && end.isBefore(start)) {
            why.add("periodOrder", dutch(start), dutch(end));
        } else if (start != null && end != null && declStart != null && declEnd != null
                && (start.isBefore(declStart) || end.isAfter(declEnd))) {
            why.add("period", dutch(start), dutch(end), dutch(declStart), dutch(declEnd));
        }
    }

    private static String dutch(LocalDate date) {
        return date.format(DUTCH_DATE);
    }

    private static String debitCredit(String text, Reasons.Collector why) {
        if (blank(text)) {
            return "D";
        }
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (s.equals("D") || s.equals("C")) {
            return s;
        }
        why.add("debitCredit", text.strip());
        return null;
    }

    private static String district(String text, String municipality, Reasons.Collector why) {
        if (blank(text)) {
            return null;
        }
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (!districtCode(s) || (municipality != null && !s.startsWith(municipality, 2))) {
            why.add("district", text.strip(), municipality == null ? "?" : municipality);
            return null;
        }
        return s;
    }

    /** WK, four digits (the municipality), two digits or capitals: a CBS wijkcode. */
    private static boolean districtCode(String s) {
        return s.length() == 8 && s.startsWith("WK") && allDigits(s, 2, 6) && digitOrCapital(s.charAt(6))
                && digitOrCapital(s.charAt(7));
    }

    private static boolean digitOrCapital(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
