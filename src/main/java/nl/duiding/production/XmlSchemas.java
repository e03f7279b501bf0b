package nl.duiding.production;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.springframework.stereotype.Component;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates iJw and iWmo messages (301, 323, 325) against the XSDs of release 3.2, streaming. The schemas are
 * compiled once; a validator is made per file because validators are not thread-safe. WMO325.xsd is derived from the
 * published JW325.xsd (see its header and docs/adr/0023-toewijzingen-and-verwerkingsinformatie.md).
 */
@Component
class XmlSchemas {

    private static final int MAX_ERRORS = 50;

    private final Map<ImportFormat, Schema> schemas = new EnumMap<>(ImportFormat.class);
    private final Reasons reasons;

    XmlSchemas(Reasons reasons) throws SAXException {
        this.reasons = reasons;
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        for (ImportFormat format : ImportFormat.values()) {
            if (format.message()) {
                String folder = format.law().equals("JEUGDWET") ? "ijw" : "iwmo";
                schemas.put(format, factory.newSchema(resource("/production/xsd/" + folder + "/" + format.name() + ".xsd")));
            }
        }
    }

    /** Throws {@link ImportFailedException} with the first schema errors (line, masked message) when invalid. */
    void validate(ImportFormat format, InputStream in) throws IOException {
        Validator validator = schemas.get(format).newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("The XML validator cannot be locked down", e);
        }
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new Collecting(errors));
        try {
            validator.validate(new StreamSource(in));
        } catch (SAXParseException e) {
            errors.add(reasons.text("xmlSchema", e.getLineNumber(), e.getMessage()));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(reasons.text("xmlSchema", "?", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportFailedException(errors);
        }
    }

    private static URL resource(String path) {
        URL url = XmlSchemas.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException(path + " is missing from the classpath");
        }
        return url;
    }

    private final class Collecting implements ErrorHandler {
        private final List<String> errors;

        Collecting(List<String> errors) {
            this.errors = errors;
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a message invalid
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            errors.add(reasons.text("xmlSchema", e.getLineNumber(), e.getMessage()));
            if (errors.size() >= MAX_ERRORS) {
                throw new SAXException("too many schema errors");
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
