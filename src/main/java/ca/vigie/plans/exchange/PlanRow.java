package ca.vigie.plans.exchange;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * One item as a spreadsheet row. The key is the item's outline number (1, 1.2, 1.2.1) and the
 * parent key the one above it, so that the tree can be rebuilt from any order of rows.
 */
public record PlanRow(
        String sheet,
        int line,
        String key,
        String parentKey,
        String level,
        String titleFr,
        String titleEn,
        String descriptionFr,
        String descriptionEn,
        String status,
        String progress,
        String leadOrganization,
        String responsible,
        String collaborators,
        String timeHorizon,
        String startDate,
        String endDate,
        String targetFr,
        String targetEn,
        String planningArea,
        String issueCategory,
        String measureType,
        String comments)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final List<String> COLUMNS = List.of(
            "key",
            "parent",
            "level",
            "titleFr",
            "titleEn",
            "descriptionFr",
            "descriptionEn",
            "status",
            "progress",
            "leadOrganization",
            "responsible",
            "collaborators",
            "timeHorizon",
            "startDate",
            "endDate",
            "targetFr",
            "targetEn",
            "planningArea",
            "issueCategory",
            "measureType",
            "comments");

    List<String> cells() {
        return List.of(
                key,
                parentKey,
                level,
                titleFr,
                titleEn,
                descriptionFr,
                descriptionEn,
                status,
                progress,
                leadOrganization,
                responsible,
                collaborators,
                timeHorizon,
                startDate,
                endDate,
                targetFr,
                targetEn,
                planningArea,
                issueCategory,
                measureType,
                comments);
    }

    static PlanRow of(String sheet, int line, List<String> cells) {
        String[] c = new String[COLUMNS.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
        }
        return new PlanRow(
                sheet, line, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13],
                c[14], c[15], c[16], c[17], c[18], c[19], c[20]);
    }

    boolean isBlank() {
        return cells().stream().allMatch(String::isBlank);
    }
}
