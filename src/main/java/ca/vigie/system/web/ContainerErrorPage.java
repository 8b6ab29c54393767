package ca.vigie.system.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The page for requests the servlet container refuses before the application sees them (a header
 * or an address too long to read): Tomcat's own page is English only and names the server. This one
 * says it in both languages, from the application's message bundles, with a reference written to
 * the log with the status alone, since nothing of such a request can be trusted or should be kept.
 * Tomcat makes this valve itself, outside the application context, so it reads the bundles itself.
 */
public class ContainerErrorPage extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ContainerErrorPage.class);
    private static final List<Locale> LANGUAGES = List.of(Locale.CANADA_FRENCH, Locale.CANADA);
    private static final ResourceBundleMessageSource MESSAGES = messages();

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String id = CorrelationIdFilter.newId();
        log.warn("Request refused by the server before the application, status {}, reference {}", status, id);
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            response.setHeader(CorrelationIdFilter.HEADER, id);
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page(status, id));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // The client went away or the response is already gone: nothing more to say.
        }
    }

    static String page(int status, String reference) {
        StringBuilder html = new StringBuilder(
                        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(text("error.container.title", Locale.CANADA_FRENCH))
                .append(" · ")
                .append(text("app.name", Locale.CANADA_FRENCH))
                .append(
                        "</title>\n<link rel=\"stylesheet\" href=\"/css/vigie.css\">\n</head>\n<body>\n<main id=\"main\">\n");
        for (Locale language : LANGUAGES) {
            boolean first = language == LANGUAGES.get(0);
            String heading = first ? "h1" : "h2";
            html.append("<section class=\"narrow\" lang=\"")
                    .append(language.getLanguage())
                    .append("\">\n<")
                    .append(heading)
                    .append('>')
                    .append(text("error.container.title", language))
                    .append("</")
                    .append(heading)
                    .append(">\n<p>")
                    .append(text("error.container.text", language, status))
                    .append("</p>\n<p>")
                    .append(text("error.reference", language))
                    .append(" <span class=\"mono\">")
                    .append(reference)
                    .append("</span></p>\n<p><a href=\"/\">")
                    .append(text("error.home", language))
                    .append("</a></p>\n</section>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String text(String key, Locale language, Object... arguments) {
        return HtmlUtils.htmlEscape(MESSAGES.getMessage(key, arguments, language), "UTF-8");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
