package nl.duiding.platform;

import java.util.Map;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** Adds to the error page the message key of why a request was refused ({@link InputHygieneFilter}), if any. */
@Component
class ErrorReasons extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object reason = request.getAttribute(InputHygieneFilter.REASON, RequestAttributes.SCOPE_REQUEST);
        if (reason != null) {
            attributes.put("reason", reason);
        }
        return attributes;
    }
}
