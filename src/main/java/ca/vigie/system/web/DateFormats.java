package ca.vigie.system.web;

import ca.vigie.system.Actor;
import ca.vigie.system.CommunityCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times in the reader's language and their community's time zone (the installation's
 * default zone for a page outside any community); templates call {@code @dates}.
 */
@Component("dates")
public class DateFormats {

    private final CommunityCalendar calendar;

    DateFormats(CommunityCalendar calendar) {
        this.calendar = calendar;
    }

    public String dateTime(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(readersZone())
                .format(instant);
    }

    public String time(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(readersZone())
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
     * count, with a comma in English and a space in French.
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

    private ZoneId readersZone() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return calendar.zone(actor.communityId());
        }
        return calendar.defaultZone();
    }
}
