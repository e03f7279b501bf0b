package nl.duiding.production;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamReader;

/**
 * Declared lines from a JW323 or WMO323 message, read with StAX so a message with many clients streams.
 * Header and Declaratie values are kept while reading; one line is made per Prestatie. The message has been
 * validated against its XSD before this reader sees it.
 */
final class XmlDeclarations implements DeclarationReader {

    private final String law;
    private final Reasons reasons;
    private final Map<String, String> message = new HashMap<>();
    private final Map<String, String> prestatie = new HashMap<>();
    private final Deque<String> path = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private final MessageTotal total = new MessageTotal();
    private String bsn;
    private int position;
    private int prestatieLine;

    XmlDeclarations(ImportFormat format, Reasons reasons) {
        this.law = format == ImportFormat.JW323 ? "JEUGDWET" : "WMO";
        this.reasons = reasons;
    }

    @Override
    public void read(InputStream in, Consumer<RawLine> sink) throws IOException {
        StaxLoop.read(in, reasons, new StaxLoop.Handler() {
            @Override
            public void start(XMLStreamReader xml) {
                XmlDeclarations.this.start(xml);
            }

            @Override
            public void text(String value) {
                text.append(value);
            }

            @Override
            public void end(String localName) {
                XmlDeclarations.this.end(localName, sink);
            }
        });
    }

    @Override
    public boolean decimalComma() {
        return false;
    }

    /** TotaalIngediendBedrag is the message's own sum; a difference is reported, the lines count as declared. */
    @Override
    public List<ImportSummary.Warning> warnings() {
        String declared = message.get("TotaalIngediendBedrag/TotaalBedrag");
        if (declared == null || !total.readable() || !declared.matches("[0-9]{1,15}")) {
            return List.of();
        }
        long stated = ("C".equals(message.get("TotaalIngediendBedrag/DebetCredit")) ? -1 : 1) * Long.parseLong(declared);
        if (stated == total.cents()) {
            return List.of();
        }
        String number = message.getOrDefault("Declaratie/DeclaratieNummer", "?");
        return List.of(new ImportSummary.Warning(reasons.warning("total", number, Money.euros(stated), Money.euros(total.cents())),
                null));
    }

    /** The sum of the Prestaties as written (eurocents, credit negative); unreadable once one amount is not a number. */
    private static final class MessageTotal {
        private long cents;
        private boolean readable = true;

        void add(String amount, String debitCredit) {
            if (amount == null || !amount.strip().matches("[0-9]{1,15}")) {
                readable = false;
                return;
            }
            cents += ("C".equals(debitCredit) ? -1 : 1) * Long.parseLong(amount.strip());
        }

        boolean readable() {
            return readable;
        }

        long cents() {
            return cents;
        }
    }

    private void start(XMLStreamReader xml) {
        path.push(xml.getLocalName());
        text.setLength(0);
        if (xml.getLocalName().equals("Prestatie")) {
            prestatie.clear();
            prestatieLine = xml.getLocation().getLineNumber();
        }
    }

    private void end(String name, Consumer<RawLine> sink) {
        path.pop();
        String parent = path.peek();
        String value = text.toString().strip();
        text.setLength(0);
        if (name.equals("Bsn")) {
            bsn = value;
        } else if (name.equals("Prestatie")) {
            RawLine line = line();
            total.add(line.amount(), line.debitCredit());
            sink.accept(line);
        } else if (path.contains("Prestatie")) {
            prestatie.put(parent + "/" + name, value);
        } else if (name.equals("Client")) {
            bsn = null;
        } else if (!value.isEmpty()) {
            message.put(parent + "/" + name, value);
        }
    }

    private RawLine line() {
        position++;
        String reference = prestatie.get("ProductReferentie/ReferentieNummer");
        String location = "regel " + prestatieLine + " (prestatie " + (reference == null ? "?" : reference) + ")";
        return new RawLine(position, location, law, message.get("Declaratie/DeclaratieNummer"),
                message.get("DeclaratiePeriode/Begindatum"), message.get("DeclaratiePeriode/Einddatum"),
                message.get("Header/Afzender"), message.get("Header/Ontvanger"), reference, bsn,
                prestatie.get("Prestatie/ProductCategorie"), prestatie.get("Prestatie/ProductCode"),
                prestatie.get("ProductPeriode/Begindatum"), prestatie.get("ProductPeriode/Einddatum"),
                prestatie.get("Prestatie/GeleverdVolume"), prestatie.get("Prestatie/Eenheid"),
                prestatie.get("Prestatie/ProductTarief"), prestatie.get("IngediendBedrag/Bedrag"),
                prestatie.get("IngediendBedrag/DebetCredit"), null, false);
    }
}
