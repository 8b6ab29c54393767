package ca.vigie.plans.tree;

import ca.vigie.plans.RollupRule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A plan: its template, titles in both languages, roll-up rule and dates. */
public record Plan(
        UUID id,
        UUID communityId,
        UUID templateId,
        UUID statusSchemeId,
        String titleFr,
        String titleEn,
        String descriptionFr,
        String descriptionEn,
        RollupRule rollupRule,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        boolean archived,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    /** What a coordinator sets on a plan. */
    public record Settings(
            String titleFr,
            String titleEn,
            String descriptionFr,
            String descriptionEn,
            RollupRule rollupRule,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate) {}

    public Settings settings() {
        return new Settings(titleFr, titleEn, descriptionFr, descriptionEn, rollupRule, startDate, endDate);
    }

    @Override
    public String toString() {
        return "Plan[" + id + "]";
    }
}
