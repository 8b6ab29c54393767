package ca.vigie.system;

import java.math.BigDecimal;
import java.text.NumberFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers in the reader's language, and bilingual content with its fallback: templates call
 * {@code @formats}.
 */
@Component("formats")
public class Formats {

    public String number(@Nullable BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** A number as it goes back into a form field, without grouping, in the reader's decimal mark. */
    public String input(@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return "fr".equals(LocaleContextHolder.getLocale().getLanguage()) ? plain.replace('.', ',') : plain;
    }

    /**
     * The text in the reader's language, or the other language's text when that one is empty, marked
     * with the language it is written in so that the page can say so.
     */
    public Bilingual pick(@Nullable String french, @Nullable String english) {
        boolean wantsEnglish = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        String wanted = wantsEnglish ? english : french;
        String other = wantsEnglish ? french : english;
        if (wanted != null && !wanted.isBlank()) {
            return new Bilingual(wanted, wantsEnglish ? "en" : "fr", false);
        }
        if (other != null && !other.isBlank()) {
            return new Bilingual(other, wantsEnglish ? "fr" : "en", true);
        }
        return new Bilingual("", wantsEnglish ? "en" : "fr", false);
    }

    public record Bilingual(String text, String lang, boolean fallback) {}
}
