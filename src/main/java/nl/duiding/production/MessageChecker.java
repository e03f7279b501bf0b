package nl.duiding.production;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Checks what an XSD cannot: the BSN's 11-proef (replaced by its pseudonym here), codes against the iStandaarden
 * and CBS lists, this municipality, and dates in order, for the toewijzingen of a 301 and the rejected prestaties of a
 * 325. The message was validated against its schema first, so every value has its form already.
 */
@Component
class MessageChecker {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final CodeLists codes;
    private final Reasons reasons;
    private final MunicipalityProperties municipalities;
    private final LineChecker lines;

    MessageChecker(CodeLists codes, Reasons reasons, MunicipalityProperties municipalities, LineChecker lines) {
        this.codes = codes;
        this.reasons = reasons;
        this.municipalities = municipalities;
        this.lines = lines;
    }

    AllocationLine allocation(XmlMessage message, XmlMessage.Item item, String law, Pseudonymizer.Session pseudonyms) {
        Reasons.Collector why = reasons.collector();
        String municipality = municipality(message.header("Header/Afzender"), why);
        String pseudonym = lines.pseudonym(item.bsn(), pseudonyms, why);
        String number = item.value("ToegewezenProduct/ToewijzingNummer");
        String category = category(item.value("Product/Categorie"), law, why);
        String unit = unit(item.value("Omvang/Eenheid"), why);
        LocalDate start = LocalDate.parse(item.value("ToegewezenProduct/Ingangsdatum"));
        LocalDate end = date(item.value("ToegewezenProduct/Einddatum"));
        if (end != null && end.isBefore(start)) {
            why.add("allocationOrder", dutch(start), dutch(end));
        }
        LocalDateTime at = LocalDate.parse(item.value("ToegewezenProduct/Toewijzingsdatum"))
                .atTime(LocalTime.parse(item.value("ToegewezenProduct/Toewijzingstijd")));
        String location = "regel " + item.line() + " (toewijzing " + number + ")";
        return new AllocationLine(item.line(), location, law, municipality, message.header("Header/Ontvanger"), number,
                pseudonym, category, blankToNull(item.value("Product/Code")), at, start, end,
                blankToNull(item.value("ToegewezenProduct/RedenWijziging")), number(item.value("Omvang/Volume")), unit,
                blankToNull(item.value("Omvang/Frequentie")), number(item.value("ToegewezenProduct/Budget")), why.joined());
    }

    RejectedLine rejected(XmlMessage message, XmlMessage.Item item, String law, Pseudonymizer.Session pseudonyms) {
        Reasons.Collector why = reasons.collector();
        municipality(message.header("Header/Afzender"), why);
        String pseudonym = lines.pseudonym(item.bsn(), pseudonyms, why);
        String reference = item.value("ProductReferentie/ReferentieNummer");
        String category = category(item.value("Prestatie/ProductCategorie"), law, why);
        String unit = unit(item.value("Prestatie/Eenheid"), why);
        LocalDate start = LocalDate.parse(item.value("ProductPeriode/Begindatum"));
        LocalDate end = LocalDate.parse(item.value("ProductPeriode/Einddatum"));
        if (end.isBefore(start)) {
            why.add("periodOrder", dutch(start), dutch(end));
        }
        long sign = "C".equals(item.value("IngediendBedrag/DebetCredit")) ? -1 : 1;
        String location = "regel " + item.line() + " (prestatie " + reference + ")";
        return new RejectedLine(item.line(), location, reference, item.value("Prestatie/ToewijzingNummer"), category,
                blankToNull(item.value("Prestatie/ProductCode")), start, end,
                number(item.value("Prestatie/GeleverdVolume")), unit, sign * number(item.value("IngediendBedrag/Bedrag")),
                pseudonym, String.valueOf(item.value("RetourCodes/RetourCode")), why.joined());
    }

    /** The sending municipality: on the CBS list and one of this installation's. */
    private String municipality(String code, Reasons.Collector why) {
        if (!codes.municipality(code)) {
            why.add("municipality", code);
        } else if (!municipalities.ours(code)) {
            why.add("otherMunicipality", code, String.join(", ", new TreeSet<>(municipalities.codes())));
        }
        return code;
    }

    private String category(String category, String law, Reasons.Collector why) {
        if (category != null && !codes.category(law, category)) {
            why.add("category", category, reasons.field("law." + law));
        }
        return category;
    }

    private String unit(String unit, Reasons.Collector why) {
        if (unit != null && !codes.unit(unit)) {
            why.add("unit", unit);
        }
        return unit;
    }

    static String dutch(LocalDate date) {
        return date.format(DUTCH_DATE);
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    private static Long number(String text) {
        return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
