package ca.vigie.plans.templates;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A plan template and its levels, in order. */
public record PlanTemplate(
        UUID id,
        @Nullable UUID communityId,
        String code,
        String nameFr,
        String nameEn,
        String descriptionFr,
        String descriptionEn,
        List<TemplateLevel> levels) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionFr;
    }

    public Optional<TemplateLevel> level(String code) {
        return levels.stream().filter(level -> level.code().equals(code)).findFirst();
    }

    public List<TemplateLevel> roots() {
        return levels.stream().filter(TemplateLevel::isRoot).toList();
    }

    public List<TemplateLevel> childrenOf(String code) {
        return levels.stream().filter(level -> code.equals(level.parentCode())).toList();
    }

    /** Whether an item of this level may sit under a parent of that level (or at the top when none). */
    public boolean allows(String childLevel, @Nullable String parentLevel) {
        return level(childLevel)
                .map(level -> parentLevel == null ? level.isRoot() : parentLevel.equals(level.parentCode()))
                .orElse(false);
    }
}
