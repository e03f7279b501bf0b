package nl.duiding.production;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamReader;

/**
 * Reads a validated 301 or 325 message with StAX: the header values asked for, the client's BSN, and one
 * {@link Item} per repeated element (ToegewezenProduct, Prestatie) with its values keyed "parent/name". Only the
 * values asked for are kept outside the items, so the names, addresses and phone numbers of a 301 are read past and
 * never held. Repeated RetourCodes are joined with spaces.
 */
final class XmlMessage {

    /** One repeated element: the line it starts on, the client's BSN (to be pseudonymised at once) and its values. */
    record Item(int line, String bsn, Map<String, String> values) {
        String value(String key) {
            return values.get(key);
        }
    }

    private final String itemElement;
    private final Set<String> headerKeys;
    private final Reasons reasons;
    private final Map<String, String> header = new HashMap<>();
    private final Deque<String> path = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private Map<String, String> item;
    private int itemLine;
    private String bsn;

    XmlMessage(String itemElement, Set<String> headerKeys, Reasons reasons) {
        this.itemElement = itemElement;
        this.headerKeys = headerKeys;
        this.reasons = reasons;
    }

    void read(InputStream in, Consumer<Item> sink) throws IOException {
        StaxLoop.read(in, reasons, new StaxLoop.Handler() {
            @Override
            public void start(XMLStreamReader xml) {
                XmlMessage.this.start(xml);
            }

            @Override
            public void text(String value) {
                text.append(value);
            }

            @Override
            public void end(String localName) {
                XmlMessage.this.end(localName, sink);
            }
        });
    }

    /** A header value ("DeclaratieAntwoord/DeclaratieNummer"), once it has been read. */
    String header(String key) {
        return header.get(key);
    }

    private void start(XMLStreamReader xml) {
        path.push(xml.getLocalName());
        text.setLength(0);
        if (xml.getLocalName().equals(itemElement)) {
            item = new HashMap<>();
            itemLine = xml.getLocation().getLineNumber();
        }
    }

    private void end(String name, Consumer<Item> sink) {
        path.pop();
        String key = path.peek() + "/" + name;
        String value = text.toString().strip();
        text.setLength(0);
        if (name.equals(itemElement) && item != null) {
            sink.accept(new Item(itemLine, bsn, Map.copyOf(item)));
            item = null;
        } else if (item != null) {
            item.merge(key, value, (first, next) -> first + " " + next);
        } else if (name.equals("Bsn")) {
            bsn = value;
        } else if (name.equals("Client")) {
            bsn = null;
        } else if (headerKeys.contains(key)) {
            header.merge(key, value, (first, next) -> first + " " + next);
        }
    }
}
