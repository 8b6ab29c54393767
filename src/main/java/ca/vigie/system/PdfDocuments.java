package ca.vigie.system;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Turns a page template into a PDF, so that a report prints from the same template it is shown
 * with. The template gets {@code pdf = true} to swap the web shell for a print one.
 */
@Service
public class PdfDocuments {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final SpringTemplateEngine templates;
    private final ApplicationContext application;
    private final ConversionService conversions;

    PdfDocuments(
            SpringTemplateEngine templates, ApplicationContext application, ConversionService mvcConversionService) {
        this.templates = templates;
        this.application = application;
        this.conversions = mvcConversionService;
    }

    public byte[] render(String template, Map<String, Object> model, Locale locale) {
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            Context context = new Context(locale);
            context.setVariables(model);
            context.setVariable("pdf", true);
            context.setVariable(
                    ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new ThymeleafEvaluationContext(application, conversions));
            String html = templates.process(template, context);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFont(PdfDocuments::font, "Vigie Sans");
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    private static InputStream font() {
        return PdfDocuments.class.getResourceAsStream(FONT);
    }
}
