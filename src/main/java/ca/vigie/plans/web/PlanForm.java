package ca.vigie.plans.web;

import ca.vigie.plans.RollupRule;
import ca.vigie.plans.tree.Plan;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A plan's settings as typed; the template is chosen only when the plan is created. */
record PlanForm(
        @Nullable UUID templateId,

        @Size(max = 300, message = "{validation.tooLong}") @Nullable
        String titleFr,

        @Size(max = 300, message = "{validation.tooLong}") @Nullable
        String titleEn,

        @Size(max = 4000, message = "{validation.tooLong}") @Nullable
        String descriptionFr,

        @Size(max = 4000, message = "{validation.tooLong}") @Nullable
        String descriptionEn,

        @NotNull(message = "{validation.required}") @Nullable
        RollupRule rollupRule,

        @Nullable LocalDate startDate,

        @Nullable LocalDate endDate,

        @Nullable Integer version,
        @Nullable UUID formToken) {

    static PlanForm blank(@Nullable UUID templateId) {
        return new PlanForm(templateId, "", "", "", "", RollupRule.WORST_CHILD, null, null, null, UUID.randomUUID());
    }

    static PlanForm of(Plan plan) {
        return new PlanForm(
                plan.templateId(),
                plan.titleFr(),
                plan.titleEn(),
                plan.descriptionFr(),
                plan.descriptionEn(),
                plan.rollupRule(),
                plan.startDate(),
                plan.endDate(),
                plan.version(),
                null);
    }

    Plan.Settings settings() {
        return new Plan.Settings(
                text(titleFr),
                text(titleEn),
                text(descriptionFr),
                text(descriptionEn),
                rollupRule == null ? RollupRule.WORST_CHILD : rollupRule,
                startDate,
                endDate);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
