package ca.vigie.plans.exchange;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One item as a spreadsheet row, by column. The key is the item's outline number (1, 1.2, 1.2.1)
 * and the parent key the one above it, so that the tree can be rebuilt from any order of rows. An
 * implied row is a parent named on the same line as its child, as in a table whose objective cell
 * spans its actions: it holds a title and a level only.
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
        String indicators,
        String comments,
        boolean implied)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    /** The columns a row can fill, by the names used in message keys and accepted as headers as is. */
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
            "indicators",
            "comments");

    static PlanRow of(String sheet, int line, Map<String, String> values) {
        String[] c = new String[COLUMNS.size()];
        for (int i = 0; i < c.length; i++) {
            String value = values.get(COLUMNS.get(i));
            c[i] = value == null ? "" : value.strip();
        }
        return new PlanRow(
                sheet, line, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13],
                c[14], c[15], c[16], c[17], c[18], c[19], c[20], c[21], false);
    }

    static PlanRow implied(String sheet, int line, String level, String title, boolean english) {
        return of(sheet, line, Map.of("level", level, english ? "titleEn" : "titleFr", title))
                .asImplied();
    }

    private PlanRow asImplied() {
        return new PlanRow(
                sheet,
                line,
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
                indicators,
                comments,
                true);
    }

    /** The title in either language, for matching an implied parent with the row it repeats. */
    String title() {
        return titleFr.isEmpty() ? titleEn : titleFr;
    }

    boolean names(String title) {
        return !title.isEmpty() && (titleFr.equals(title) || titleEn.equals(title));
    }

    PlanRow withPlace(String key, String parentKey) {
        return new PlanRow(
                sheet,
                line,
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
                indicators,
                comments,
                implied);
    }
}
