package ca.vigie.system.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one way dates and whole numbers are read from a form, an address or a query. Java reads more
 * than people mean: {@code 0x10} as sixteen, Arabic-Indic digits as a number, the year -1 or 10000 as
 * a date. Such a value is refused like any other it cannot read, next to its field.
 */
@Configuration(proxyBeanMethods = false)
class StrictValues implements WebMvcConfigurer {

    /** Business dates in Vigie fall in these years; anything else is a typing slip or a forged value. */
    static final int FIRST_YEAR = 1900;

    static final int LAST_YEAR = 2199;

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    /** A date and time as a {@code datetime-local} field sends it, to the minute or the second. */
    private static final DateTimeFormatter ISO_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter ISO_MINUTE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?[0-9]{1,18}");

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Dates());
        registry.addFormatterForFieldType(LocalDateTime.class, new DateTimes());
        registry.addFormatterForFieldType(Integer.class, new WholeNumbers<>(Math::toIntExact));
        registry.addFormatterForFieldType(Long.class, new WholeNumbers<>(value -> value));
    }

    static final class Dates implements Formatter<LocalDate> {

        @Override
        public LocalDate parse(String text, Locale locale) throws ParseException {
            try {
                LocalDate date = LocalDate.parse(text.strip(), ISO_DATE);
                if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                    throw new ParseException("Year out of range", 0);
                }
                return date;
            } catch (DateTimeParseException notADate) {
                throw new ParseException("Not a date", 0);
            }
        }

        @Override
        public String print(LocalDate date, Locale locale) {
            return ISO_DATE.format(date);
        }
    }

    /** A wall-clock date and time, such as when a call was received, in the same years as a date. */
    static final class DateTimes implements Formatter<LocalDateTime> {

        @Override
        public LocalDateTime parse(String text, Locale locale) throws ParseException {
            try {
                LocalDateTime at = LocalDateTime.parse(text.strip(), ISO_DATE_TIME);
                if (at.getYear() < FIRST_YEAR || at.getYear() > LAST_YEAR) {
                    throw new ParseException("Year out of range", 0);
                }
                return at;
            } catch (DateTimeParseException notADateTime) {
                throw new ParseException("Not a date and time", 0);
            }
        }

        @Override
        public String print(LocalDateTime at, Locale locale) {
            return ISO_MINUTE.format(at);
        }
    }

    interface Narrowing<T> {
        T narrow(long value);
    }

    static final class WholeNumbers<T extends Number> implements Formatter<T> {

        private final Narrowing<T> narrowing;

        WholeNumbers(Narrowing<T> narrowing) {
            this.narrowing = narrowing;
        }

        @Override
        public T parse(String text, Locale locale) throws ParseException {
            String compact = text.strip();
            if (!WHOLE_NUMBER.matcher(compact).matches()) {
                throw new ParseException("Not a whole number", 0);
            }
            try {
                return narrowing.narrow(Long.parseLong(compact));
            } catch (ArithmeticException | NumberFormatException tooLarge) {
                throw new ParseException("Out of range", 0);
            }
        }

        @Override
        public String print(T number, Locale locale) {
            return number.toString();
        }
    }
}
