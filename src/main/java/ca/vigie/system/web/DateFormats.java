package ca.vigie.system.web;

import ca.vigie.system.VigieProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and times in the reader's language and the community's time zone; templates call {@code @dates}. */
@Component("dates")
public class DateFormats {

    private final VigieProperties properties;

    DateFormats(VigieProperties properties) {
        this.properties = properties;
    }

    public String dateTime(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(properties.zone())
                .format(instant);
    }

    public String time(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(properties.zone())
                .format(instant);
    }

    /** A reporting period by its abbreviated month and its year. */
    public String period(@Nullable LocalDate start) {
        if (start == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("MMM yyyy", LocaleContextHolder.getLocale())
                .format(start);
    }

    /**
     * A year as it is written, 2026: passed to a message as a number, it would be grouped like a
     * count ("2,026", "2 026").
     */
    public String year(int year) {
        return Integer.toString(year);
    }

    public String date(@Nullable LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale())
                .format(date);
    }
}
