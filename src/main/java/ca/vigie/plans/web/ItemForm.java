package ca.vigie.plans.web;

import ca.vigie.plans.IssueCategory;
import ca.vigie.plans.MeasureType;
import ca.vigie.plans.PlanningArea;
import ca.vigie.plans.TimeHorizon;
import ca.vigie.plans.tree.PlanItem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An item as typed; the template level decides which of these fields the page shows. */
record ItemForm(
        @Size(max = 300, message = "{validation.tooLong}") @Nullable
        String titleFr,

        @Size(max = 300, message = "{validation.tooLong}") @Nullable
        String titleEn,

        @Size(max = 4000, message = "{validation.tooLong}") @Nullable
        String descriptionFr,

        @Size(max = 4000, message = "{validation.tooLong}") @Nullable
        String descriptionEn,

        @Nullable UUID leadOrganizationId,
        @Nullable UUID responsibleUserId,
        @Nullable List<UUID> collaboratorIds,
        @Nullable TimeHorizon timeHorizon,

        @Nullable LocalDate startDate,

        @Nullable LocalDate endDate,

        @Nullable String statusCode,

        @Min(value = 0, message = "{plans.items.progressRange}")
        @Max(value = 100, message = "{plans.items.progressRange}")
        @Nullable
        Integer progress,

        @Nullable PlanningArea planningArea,
        @Nullable IssueCategory issueCategory,
        @Nullable MeasureType measureType,

        @Size(max = 1000, message = "{validation.tooLong}") @Nullable
        String targetFr,

        @Size(max = 1000, message = "{validation.tooLong}") @Nullable
        String targetEn,

        @Nullable List<UUID> indicatorIds,
        @Nullable Integer version,
        @Nullable UUID formToken) {

    static ItemForm blank() {
        return new ItemForm(
                "",
                "",
                "",
                "",
                null,
                null,
                List.of(),
                null,
                null,
                null,
                "NOT_STARTED",
                null,
                null,
                null,
                null,
                "",
                "",
                List.of(),
                null,
                UUID.randomUUID());
    }

    static ItemForm of(PlanItem item) {
        PlanItem.Details d = item.details();
        return new ItemForm(
                d.titleFr(),
                d.titleEn(),
                d.descriptionFr(),
                d.descriptionEn(),
                d.leadOrganizationId(),
                d.responsibleUserId(),
                d.collaboratorIds(),
                d.timeHorizon(),
                d.startDate(),
                d.endDate(),
                d.statusCode(),
                d.progress(),
                d.planningArea(),
                d.issueCategory(),
                d.measureType(),
                d.targetFr(),
                d.targetEn(),
                d.indicatorIds(),
                item.version(),
                null);
    }

    ItemForm withVersion(int current) {
        return new ItemForm(
                titleFr,
                titleEn,
                descriptionFr,
                descriptionEn,
                leadOrganizationId,
                responsibleUserId,
                collaboratorIds,
                timeHorizon,
                startDate,
                endDate,
                statusCode,
                progress,
                planningArea,
                issueCategory,
                measureType,
                targetFr,
                targetEn,
                indicatorIds,
                current,
                null);
    }

    PlanItem.Details details() {
        return new PlanItem.Details(
                text(titleFr),
                text(titleEn),
                text(descriptionFr),
                text(descriptionEn),
                leadOrganizationId,
                responsibleUserId,
                collaboratorIds == null ? List.of() : collaboratorIds,
                timeHorizon,
                startDate,
                endDate,
                statusCode == null || statusCode.isBlank() ? null : statusCode,
                progress,
                planningArea,
                issueCategory,
                measureType,
                text(targetFr),
                text(targetEn),
                indicatorIds == null ? List.of() : indicatorIds);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
