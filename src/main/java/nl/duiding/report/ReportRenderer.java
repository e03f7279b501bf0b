package nl.duiding.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * Snapshot → HTML (Thymeleaf, deterministic: the same snapshot gives the same bytes) and HTML → PDF (openhtmltopdf
 * with Batik for the SVG charts, DejaVu Sans embedded, PDF/UA tagging; creation date and document id derived from
 * the HTML, so the same HTML gives the same PDF bytes). See ADR 0013.
 */
@Component
class ReportRenderer {

    static final String STYLESHEET_LINK = "<link rel=\"stylesheet\" href=\"/css/report.css\"/>";

    private final ITemplateEngine templates;
    private final String css;

    ReportRenderer(ITemplateEngine templates) {
        this.templates = templates;
        this.css = resource("/static/css/report.css");
    }

    String html(ReportSnapshot snapshot) {
        Context context = new Context(ReportContext.DUTCH);
        context.setVariable("report", snapshot);
        return templates.process("report/document", context);
    }

    /** The PDF of a report's HTML; {@code fixedDate} (the publication or draft time) becomes its creation date. */
    byte[] pdf(String html, java.time.Instant fixedDate) {
        String inlined = html.replace(STYLESHEET_LINK, "<style>" + css + "</style>");
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.usePdfUaAccessibility(true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(() -> stream("/report/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> stream("/report/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(inlined, null);
            builder.withProducer("Duiding");
            builder.buildPdfRenderer().createPDFWithoutClosing();
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            date.setTimeInMillis(fixedDate.toEpochMilli());
            document.getDocumentInformation().setCreationDate(date);
            document.getDocumentInformation().setModificationDate(date);
            byte[] id = sha256(html);
            COSArray ids = new COSArray();
            ids.add(new COSString(java.util.Arrays.copyOf(id, 16)));
            ids.add(new COSString(java.util.Arrays.copyOf(id, 16)));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream stream(String path) {
        return ReportRenderer.class.getResourceAsStream(path);
    }

    private static String resource(String path) {
        try (InputStream in = stream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
