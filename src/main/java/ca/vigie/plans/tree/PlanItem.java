package ca.vigie.plans.tree;

import ca.vigie.plans.IssueCategory;
import ca.vigie.plans.MeasureType;
import ca.vigie.plans.PlanningArea;
import ca.vigie.plans.TimeHorizon;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An item of a plan's tree, at one level of the plan's template. */
public record PlanItem(
        UUID id,
        UUID communityId,
        UUID planId,
        @Nullable UUID parentId,
        String levelCode,
        int position,
        Details details,
        boolean archived,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    /** Everything an editor sets on an item; the level's template says which fields apply. */
    public record Details(
            String titleFr,
            String titleEn,
            String descriptionFr,
            String descriptionEn,
            @Nullable UUID leadOrganizationId,
            @Nullable UUID responsibleUserId,
            List<UUID> collaboratorIds,
            @Nullable TimeHorizon timeHorizon,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String statusCode,
            @Nullable Integer progress,
            @Nullable PlanningArea planningArea,
            @Nullable IssueCategory issueCategory,
            @Nullable MeasureType measureType,
            String targetFr,
            String targetEn,
            List<UUID> indicatorIds) {

        /** Field-by-field differences with a previous version, as text for the item's history. */
        public Map<String, String[]> changesFrom(Details before) {
            Map<String, Object[]> pairs = new LinkedHashMap<>();
            pairs.put("titleFr", new Object[] {before.titleFr, titleFr});
            pairs.put("titleEn", new Object[] {before.titleEn, titleEn});
            pairs.put("descriptionFr", new Object[] {before.descriptionFr, descriptionFr});
            pairs.put("descriptionEn", new Object[] {before.descriptionEn, descriptionEn});
            pairs.put("leadOrganization", new Object[] {before.leadOrganizationId, leadOrganizationId});
            pairs.put("responsible", new Object[] {before.responsibleUserId, responsibleUserId});
            pairs.put("collaborators", new Object[] {sorted(before.collaboratorIds), sorted(collaboratorIds)});
            pairs.put("timeHorizon", new Object[] {before.timeHorizon, timeHorizon});
            pairs.put("startDate", new Object[] {before.startDate, startDate});
            pairs.put("endDate", new Object[] {before.endDate, endDate});
            pairs.put("status", new Object[] {before.statusCode, statusCode});
            pairs.put("progress", new Object[] {before.progress, progress});
            pairs.put("planningArea", new Object[] {before.planningArea, planningArea});
            pairs.put("issueCategory", new Object[] {before.issueCategory, issueCategory});
            pairs.put("measureType", new Object[] {before.measureType, measureType});
            pairs.put("targetFr", new Object[] {before.targetFr, targetFr});
            pairs.put("targetEn", new Object[] {before.targetEn, targetEn});
            pairs.put("indicators", new Object[] {sorted(before.indicatorIds), sorted(indicatorIds)});
            Map<String, String[]> changes = new LinkedHashMap<>();
            pairs.forEach((field, pair) -> {
                if (!Objects.equals(pair[0], pair[1])) {
                    changes.put(field, new String[] {text(pair[0]), text(pair[1])});
                }
            });
            return changes;
        }

        private static List<String> sorted(List<UUID> ids) {
            return ids.stream().map(UUID::toString).sorted().toList();
        }

        private static @Nullable String text(@Nullable Object value) {
            if (value == null) {
                return null;
            }
            String text = value instanceof List<?> list
                    ? String.join(",", list.stream().map(String::valueOf).toList())
                    : value.toString();
            return text.isEmpty() ? null : text;
        }
    }

    @Override
    public String toString() {
        return "PlanItem[" + id + "]";
    }
}
