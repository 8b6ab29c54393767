package ca.vigie.organizations;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One thing waiting for a person, as the home page lists it under its area: how many, about what (a
 * plan's or a table's name, never a person's), by when, and where to deal with it. The message takes
 * the count, the subject and the date, in that order.
 */
public record Waiting(
        Role.Area area,
        String messageKey,
        long count,
        @Nullable String subjectFr,
        @Nullable String subjectEn,
        @Nullable LocalDate on,
        String link,
        boolean urgent) {

    /** A count under an area, about nothing in particular. */
    public static Waiting of(Role.Area area, String messageKey, long count, String link, boolean urgent) {
        return new Waiting(area, messageKey, count, null, null, null, link, urgent);
    }

    /** A count about something the community names in both languages. */
    public static Waiting about(
            Role.Area area,
            String messageKey,
            long count,
            String subjectFr,
            String subjectEn,
            @Nullable LocalDate on,
            String link,
            boolean urgent) {
        return new Waiting(area, messageKey, count, subjectFr, subjectEn, on, link, urgent);
    }

    public String subject(Locale locale) {
        String subject = "en".equals(locale.getLanguage()) ? subjectEn : subjectFr;
        return subject == null ? "" : subject;
    }
}
