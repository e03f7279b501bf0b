package nl.duiding.production;

import java.io.InputStream;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one StAX loop of the iStandaarden readers (declarations, toewijzingen, answers): DTDs and external entities off,
 * streaming, and a message that breaks off refused with a Dutch reason naming its line.
 */
final class StaxLoop {

    /** What a reader does at each element start, text and element end. */
    interface Handler {
        void start(XMLStreamReader xml);

        void text(String text);

        void end(String localName);
    }

    private StaxLoop() {
    }

    static void read(InputStream in, Reasons reasons, Handler handler) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> handler.start(xml);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> handler.text(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> handler.end(xml.getLocalName());
                    default -> { }
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new ImportFailedException(List.of(reasons.text("xmlSchema", line, e.getMessage())));
        }
    }
}
