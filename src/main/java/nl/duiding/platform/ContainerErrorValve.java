package nl.duiding.platform;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's own error page, for errors the application never sees (a request Tomcat refuses before any filter,
 * such as a malformed URL): the same security headers as every page and a short Dutch text (with English
 * below it) from the message bundles instead of Tomcat's English report with its version number.
 */
public class ContainerErrorValve extends ErrorReportValve {

    public ContainerErrorValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        try {
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            response.setHeader("Content-Security-Policy", SecurityHeaders.CSP);
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            ResourceBundle nl = ResourceBundle.getBundle("messages/messages", Locale.ROOT);
            ResourceBundle en = ResourceBundle.getBundle("messages/messages", Locale.ENGLISH);
            writer.write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + text(nl, "error.title")
                    + "</title><link rel=\"stylesheet\" href=\"/css/duiding.css\"></head><body><main><h1>"
                    + text(nl, "error.title") + " (" + status + ")</h1><p>" + text(nl, "error.client")
                    + "</p><p lang=\"en\">" + text(en, "error.client") + "</p><p><a href=\"/\">" + text(nl, "error.home")
                    + "</a></p></main></body></html>");
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client went away; nothing more to say
        }
    }

    private static String text(ResourceBundle bundle, String key) {
        return HtmlUtils.htmlEscape(bundle.getString(key));
    }
}
