package ca.vigie.plans.templates;

import ca.vigie.plans.ItemField;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A level of a plan template: its names, the level it sits under, and the fields its items use. */
public record TemplateLevel(
        String code, @Nullable String parentCode, String nameFr, String nameEn, Set<ItemField> fields, int order) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public boolean uses(ItemField field) {
        return fields.contains(field);
    }

    /** For templates: whether the level uses the field named. */
    public boolean uses(String field) {
        return fields.stream().anyMatch(used -> used.name().equals(field));
    }

    public boolean isRoot() {
        return parentCode == null;
    }
}
