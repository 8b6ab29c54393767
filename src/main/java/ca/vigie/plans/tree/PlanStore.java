package ca.vigie.plans.tree;

import ca.vigie.plans.IssueCategory;
import ca.vigie.plans.MeasureType;
import ca.vigie.plans.PlanningArea;
import ca.vigie.plans.RollupRule;
import ca.vigie.plans.TimeHorizon;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes plans and items with plain SQL; every query is scoped to one community. */
@Repository
class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Plan> plan(UUID communityId, UUID id) {
        return jdbc.sql("select * from plan where community_id = ? and id = ?")
                .params(communityId, id)
                .query(PlanStore::plan)
                .optional();
    }

    void insert(Plan plan, UUID createdBy) {
        jdbc.sql("""
                        insert into plan (id, community_id, template_id, status_scheme_id, title_fr, title_en,
                            description_fr, description_en, rollup_rule, start_date, end_date, archived, version,
                            created_by, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?, ?)
                        """)
                .params(
                        plan.id(),
                        plan.communityId(),
                        plan.templateId(),
                        plan.statusSchemeId(),
                        plan.titleFr(),
                        plan.titleEn(),
                        plan.descriptionFr(),
                        plan.descriptionEn(),
                        plan.rollupRule().name(),
                        date(plan.startDate()),
                        date(plan.endDate()),
                        createdBy,
                        Timestamp.from(plan.createdAt()),
                        Timestamp.from(plan.updatedAt()))
                .update();
    }

    boolean update(Plan plan, Plan.Settings settings, int expectedVersion, Instant now) {
        return jdbc.sql("""
                                update plan set title_fr = ?, title_en = ?, description_fr = ?, description_en = ?,
                                    rollup_rule = ?, start_date = ?, end_date = ?, version = version + 1, updated_at = ?
                                where id = ? and community_id = ? and version = ?
                                """)
                        .params(
                                settings.titleFr(),
                                settings.titleEn(),
                                settings.descriptionFr(),
                                settings.descriptionEn(),
                                settings.rollupRule().name(),
                                date(settings.startDate()),
                                date(settings.endDate()),
                                Timestamp.from(now),
                                plan.id(),
                                plan.communityId(),
                                expectedVersion)
                        .update()
                == 1;
    }

    Optional<PlanItem> item(UUID communityId, UUID planId, UUID id) {
        return items(
                        "community_id = :community and plan_id = :plan and id = :id",
                        Map.of("community", communityId, "plan", planId, "id", id))
                .stream()
                .findFirst();
    }

    List<PlanItem> items(UUID communityId, UUID planId) {
        return items("community_id = :community and plan_id = :plan", Map.of("community", communityId, "plan", planId));
    }

    private List<PlanItem> items(String where, Map<String, Object> params) {
        List<Raw> raws = jdbc.sql(
                        "select * from plan_item where " + where + " order by parent_id nulls first, position")
                .params(params)
                .query(PlanStore::raw)
                .list();
        if (raws.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = raws.stream().map(raw -> raw.id).toList();
        Map<UUID, List<UUID>> collaborators = links("plan_item_collaborator", "organization_id", ids);
        Map<UUID, List<UUID>> indicators = links("plan_item_indicator", "indicator_id", ids);
        List<PlanItem> items = new ArrayList<>(raws.size());
        for (Raw raw : raws) {
            items.add(raw.toItem(
                    collaborators.getOrDefault(raw.id, List.of()), indicators.getOrDefault(raw.id, List.of())));
        }
        return items;
    }

    private Map<UUID, List<UUID>> links(String table, String column, Collection<UUID> itemIds) {
        Map<UUID, List<UUID>> links = new HashMap<>();
        jdbc.sql("select item_id, " + column + " from " + table + " where item_id in (:ids)")
                .param("ids", itemIds)
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list()
                .forEach(link -> links.computeIfAbsent(link.getKey(), k -> new ArrayList<>())
                        .add(link.getValue()));
        return links;
    }

    int nextPosition(UUID planId, @Nullable UUID parentId) {
        return jdbc.sql(
                        "select coalesce(max(position), 0) + 1 from plan_item where plan_id = ? and parent_id is not distinct from ?")
                .params(planId, parentId)
                .query(Integer.class)
                .single();
    }

    void insert(PlanItem item) {
        PlanItem.Details d = item.details();
        jdbc.sql("""
                        insert into plan_item (id, community_id, plan_id, parent_id, level_code, position, title_fr, title_en,
                            description_fr, description_en, lead_organization_id, responsible_user_id, time_horizon,
                            start_date, end_date, status_code, progress, planning_area, issue_category, measure_type,
                            target_fr, target_en, archived, version, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?)
                        """)
                .params(
                        item.id(),
                        item.communityId(),
                        item.planId(),
                        item.parentId(),
                        item.levelCode(),
                        item.position(),
                        d.titleFr(),
                        d.titleEn(),
                        d.descriptionFr(),
                        d.descriptionEn(),
                        d.leadOrganizationId(),
                        d.responsibleUserId(),
                        name(d.timeHorizon()),
                        date(d.startDate()),
                        date(d.endDate()),
                        d.statusCode(),
                        d.progress(),
                        name(d.planningArea()),
                        name(d.issueCategory()),
                        name(d.measureType()),
                        d.targetFr(),
                        d.targetEn(),
                        Timestamp.from(item.createdAt()),
                        Timestamp.from(item.updatedAt()))
                .update();
        replaceLinks(item.id(), d);
    }

    boolean update(PlanItem item, PlanItem.Details d, int expectedVersion, Instant now) {
        int updated = jdbc.sql("""
                        update plan_item set title_fr = ?, title_en = ?, description_fr = ?, description_en = ?,
                            lead_organization_id = ?, responsible_user_id = ?, time_horizon = ?, start_date = ?,
                            end_date = ?, status_code = ?, progress = ?, planning_area = ?, issue_category = ?,
                            measure_type = ?, target_fr = ?, target_en = ?, version = version + 1, updated_at = ?
                        where id = ? and community_id = ? and version = ?
                        """)
                .params(
                        d.titleFr(),
                        d.titleEn(),
                        d.descriptionFr(),
                        d.descriptionEn(),
                        d.leadOrganizationId(),
                        d.responsibleUserId(),
                        name(d.timeHorizon()),
                        date(d.startDate()),
                        date(d.endDate()),
                        d.statusCode(),
                        d.progress(),
                        name(d.planningArea()),
                        name(d.issueCategory()),
                        name(d.measureType()),
                        d.targetFr(),
                        d.targetEn(),
                        Timestamp.from(now),
                        item.id(),
                        item.communityId(),
                        expectedVersion)
                .update();
        if (updated == 1) {
            replaceLinks(item.id(), d);
        }
        return updated == 1;
    }

    void place(UUID itemId, @Nullable UUID parentId, int position, Instant now) {
        jdbc.sql("update plan_item set parent_id = ?, position = ?, version = version + 1, updated_at = ? where id = ?")
                .params(parentId, position, Timestamp.from(now), itemId)
                .update();
    }

    void setArchived(UUID itemId, boolean archived, Instant now) {
        jdbc.sql("update plan_item set archived = ?, version = version + 1, updated_at = ? where id = ?")
                .params(archived, Timestamp.from(now), itemId)
                .update();
    }

    /** The item and everything below it, to refuse a move that would put an item under itself. */
    List<UUID> subtree(UUID itemId) {
        return jdbc.sql("""
                        with recursive below(id) as (
                            select id from plan_item where id = ?
                            union all
                            select i.id from plan_item i join below b on i.parent_id = b.id
                        ) select id from below
                        """).param(itemId).query(UUID.class).list();
    }

    void recordChange(
            UUID itemId, UUID changedBy, Instant when, String field, @Nullable String before, @Nullable String after) {
        jdbc.sql("""
                        insert into plan_item_change (item_id, community_id, changed_by, changed_at, field, old_value, new_value)
                        select id, community_id, ?, ?, ?, ?, ? from plan_item where id = ?
                        """)
                .params(changedBy, Timestamp.from(when), field, before, after, itemId)
                .update();
    }

    private void replaceLinks(UUID itemId, PlanItem.Details d) {
        jdbc.sql("delete from plan_item_collaborator where item_id = ?")
                .param(itemId)
                .update();
        for (UUID organization : d.collaboratorIds()) {
            jdbc.sql("""
                            insert into plan_item_collaborator (item_id, community_id, organization_id)
                            select id, community_id, ? from plan_item where id = ?
                            """).params(organization, itemId).update();
        }
        jdbc.sql("delete from plan_item_indicator where item_id = ?")
                .param(itemId)
                .update();
        for (UUID indicator : d.indicatorIds()) {
            jdbc.sql("""
                            insert into plan_item_indicator (item_id, community_id, indicator_id)
                            select id, community_id, ? from plan_item where id = ?
                            """).params(indicator, itemId).update();
        }
    }

    private static @Nullable Date date(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    static Plan plan(ResultSet rs, int row) throws SQLException {
        return new Plan(
                rs.getObject("id", UUID.class),
                rs.getObject("community_id", UUID.class),
                rs.getObject("template_id", UUID.class),
                rs.getObject("status_scheme_id", UUID.class),
                rs.getString("title_fr"),
                rs.getString("title_en"),
                rs.getString("description_fr"),
                rs.getString("description_en"),
                RollupRule.valueOf(rs.getString("rollup_rule")),
                localDate(rs, "start_date"),
                localDate(rs, "end_date"),
                rs.getBoolean("archived"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private record Raw(
            UUID id,
            UUID communityId,
            UUID planId,
            @Nullable UUID parentId,
            String levelCode,
            int position,
            String titleFr,
            String titleEn,
            String descriptionFr,
            String descriptionEn,
            @Nullable UUID lead,
            @Nullable UUID responsible,
            @Nullable String timeHorizon,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String status,
            @Nullable Integer progress,
            @Nullable String planningArea,
            @Nullable String issueCategory,
            @Nullable String measureType,
            String targetFr,
            String targetEn,
            boolean archived,
            int version,
            Instant createdAt,
            Instant updatedAt) {

        PlanItem toItem(List<UUID> collaborators, List<UUID> indicators) {
            return new PlanItem(
                    id,
                    communityId,
                    planId,
                    parentId,
                    levelCode,
                    position,
                    new PlanItem.Details(
                            titleFr,
                            titleEn,
                            descriptionFr,
                            descriptionEn,
                            lead,
                            responsible,
                            collaborators,
                            timeHorizon == null ? null : TimeHorizon.valueOf(timeHorizon),
                            startDate,
                            endDate,
                            status,
                            progress,
                            planningArea == null ? null : PlanningArea.valueOf(planningArea),
                            issueCategory == null ? null : IssueCategory.valueOf(issueCategory),
                            measureType == null ? null : MeasureType.valueOf(measureType),
                            targetFr,
                            targetEn,
                            indicators),
                    archived,
                    version,
                    createdAt,
                    updatedAt);
        }
    }

    private static Raw raw(ResultSet rs, int row) throws SQLException {
        return new Raw(
                rs.getObject("id", UUID.class),
                rs.getObject("community_id", UUID.class),
                rs.getObject("plan_id", UUID.class),
                rs.getObject("parent_id", UUID.class),
                rs.getString("level_code"),
                rs.getInt("position"),
                rs.getString("title_fr"),
                rs.getString("title_en"),
                rs.getString("description_fr"),
                rs.getString("description_en"),
                rs.getObject("lead_organization_id", UUID.class),
                rs.getObject("responsible_user_id", UUID.class),
                rs.getString("time_horizon"),
                localDate(rs, "start_date"),
                localDate(rs, "end_date"),
                rs.getString("status_code"),
                (Integer) rs.getObject("progress"),
                rs.getString("planning_area"),
                rs.getString("issue_category"),
                rs.getString("measure_type"),
                rs.getString("target_fr"),
                rs.getString("target_en"),
                rs.getBoolean("archived"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
