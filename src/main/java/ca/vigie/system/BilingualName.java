package ca.vigie.system;

import java.util.Locale;

/**
 * The two names, French and English, under which the community knows one of the things its
 * administrator sets up: a workplace-safety office, a situation table, a sector, a value of a
 * reference list. Both are required and kept without their surrounding spaces; a refusal names the
 * field it belongs to.
 */
public record BilingualName(String fr, String en) {

    /** The longest name the administration's tables hold. */
    public static final int MAX = 200;

    /** The names as typed, checked: each refused by its own field ({@code nameFr}, {@code nameEn}). */
    public static BilingualName of(String fr, String en) {
        return checked("nameFr", fr, "nameEn", en, MAX);
    }

    /** The wordings of a listed value as typed, checked by the fields {@code labelFr} and {@code labelEn}. */
    public static BilingualName label(String fr, String en, int max) {
        return checked("labelFr", fr, "labelEn", en, max);
    }

    public String in(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? fr : en;
    }

    private static BilingualName checked(String frField, String fr, String enField, String en, int max) {
        check(frField, fr, max);
        check(enField, en, max);
        return new BilingualName(fr.strip(), en.strip());
    }

    private static void check(String field, String name, int max) {
        if (name.isBlank()) {
            throw new NameRefusal(field, "validation.required");
        }
        if (name.strip().length() > max) {
            throw new NameRefusal(field, "text.tooLong", max);
        }
    }

    /** A name that cannot be kept, by its field. */
    public static final class NameRefusal extends Refusal {

        NameRefusal(String field, String messageKey, Object... arguments) {
            super("name", field, messageKey, arguments);
        }
    }
}
