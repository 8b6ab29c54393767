package ca.vigie.situations.reference;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One value of a reference list as a community sees it: shipped with Vigie or the community's own,
 * and retired or in use. A retired value no longer appears in choices but stays readable on old
 * records.
 */
public record ReferenceValue(
        UUID id,
        ReferenceList list,
        String code,
        @Nullable UUID parentId,
        @Nullable String grouping,
        String labelFr,
        String labelEn,
        int version,
        boolean shipped,
        boolean retired) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }
}
