package ca.vigie.plans.tree;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.indicators.IndicatorCatalog;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.ItemField;
import ca.vigie.plans.templates.PlanTemplate;
import ca.vigie.plans.templates.TemplateLevel;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.system.SubmissionGuard;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The item tree of a plan: adding, editing, moving, reordering and archiving items, with the
 * template's rules, the history of every change, and comments.
 */
@Service
public class PlanItems {

    private final Plans plans;
    private final PlanStore store;
    private final OrganizationDirectory directory;
    private final IndicatorCatalog indicators;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;

    PlanItems(
            Plans plans,
            PlanStore store,
            OrganizationDirectory directory,
            IndicatorCatalog indicators,
            JdbcClient jdbc,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar) {
        this.plans = plans;
        this.store = store;
        this.directory = directory;
        this.indicators = indicators;
        this.jdbc = jdbc;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
    }

    public record Change(
            Instant changedAt,
            @Nullable UUID changedBy,
            String field,
            @Nullable String before,
            @Nullable String after) {}

    public record Comment(UUID id, @Nullable UUID authorId, String body, Instant createdAt) {}

    @Transactional(readOnly = true)
    public PlanItem get(PlanAccess access, UUID itemId) {
        return store.item(access.plan().communityId(), access.plan().id(), itemId)
                .orElseThrow(() -> new NotFoundException("Plan item"));
    }

    @Transactional
    public UUID add(
            VigiePrincipal who,
            UUID planId,
            @Nullable UUID parentId,
            String levelCode,
            PlanItem.Details typed,
            UUID formToken) {
        PlanAccess access = plans.access(who, planId);
        access.requireEditTree();
        PlanTemplate template = plans.template(access.plan());
        String parentLevel = parentId == null ? null : get(access, parentId).levelCode();
        if (!template.allows(levelCode, parentLevel)) {
            throw new PlanRejection("level", "plans.items.levelNotAllowed");
        }
        TemplateLevel level = template.level(levelCode).orElseThrow();
        PlanItem.Details details = keepOnlyUsedFields(level, typed);
        check(access, details);
        return submissions.once(formToken, () -> {
            Instant now = calendar.now();
            PlanItem item = new PlanItem(
                    UUID.randomUUID(),
                    access.plan().communityId(),
                    planId,
                    parentId,
                    levelCode,
                    store.nextPosition(planId, parentId),
                    details,
                    false,
                    0,
                    now,
                    now);
            store.insert(item);
            store.recordChange(item.id(), who.userId(), now, "created", null, null);
            audit.record(AuditEntry.by(who, "PLAN_ITEM_ADDED", "plan-item", item.id()));
            return item.id();
        });
    }

    @Transactional
    public void edit(VigiePrincipal who, UUID planId, UUID itemId, PlanItem.Details typed, int expectedVersion) {
        PlanAccess access = plans.access(who, planId);
        access.requireEditTree();
        PlanItem current = get(access, itemId);
        TemplateLevel level =
                plans.template(access.plan()).level(current.levelCode()).orElseThrow();
        PlanItem.Details details = keepOnlyUsedFields(level, typed);
        check(access, details);
        Instant now = calendar.now();
        if (current.version() != expectedVersion || !store.update(current, details, expectedVersion, now)) {
            throw new StaleEditException("Plan item");
        }
        for (Map.Entry<String, String[]> change :
                details.changesFrom(current.details()).entrySet()) {
            store.recordChange(itemId, who.userId(), now, change.getKey(), change.getValue()[0], change.getValue()[1]);
        }
        audit.record(AuditEntry.by(who, "PLAN_ITEM_CHANGED", "plan-item", itemId));
    }

    /** Moves an item, with everything below it, under another parent (or to the top), at the end. */
    @Transactional
    public void move(VigiePrincipal who, UUID planId, UUID itemId, @Nullable UUID newParentId) {
        PlanAccess access = plans.access(who, planId);
        access.requireEditTree();
        PlanItem item = get(access, itemId);
        String parentLevel = null;
        if (newParentId != null) {
            PlanItem parent = get(access, newParentId);
            if (store.subtree(itemId).contains(newParentId)) {
                throw new PlanRejection("parentId", "plans.items.moveUnderItself");
            }
            parentLevel = parent.levelCode();
        }
        if (!plans.template(access.plan()).allows(item.levelCode(), parentLevel)) {
            throw new PlanRejection("parentId", "plans.items.levelNotAllowed");
        }
        Instant now = calendar.now();
        store.place(itemId, newParentId, store.nextPosition(planId, newParentId), now);
        store.recordChange(itemId, who.userId(), now, "parent", str(item.parentId()), str(newParentId));
        audit.record(AuditEntry.by(who, "PLAN_ITEM_MOVED", "plan-item", itemId));
    }

    /** Swaps an item with its previous (up) or next (down) sibling. */
    @Transactional
    public void reorder(VigiePrincipal who, UUID planId, UUID itemId, boolean up) {
        PlanAccess access = plans.access(who, planId);
        access.requireEditTree();
        PlanItem item = get(access, itemId);
        List<PlanItem> siblings = store.items(access.plan().communityId(), planId).stream()
                .filter(other -> java.util.Objects.equals(other.parentId(), item.parentId()))
                .sorted(java.util.Comparator.comparingInt(PlanItem::position))
                .toList();
        int index = siblings.indexOf(
                siblings.stream().filter(s -> s.id().equals(itemId)).findFirst().orElseThrow());
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= siblings.size()) {
            return;
        }
        Instant now = calendar.now();
        PlanItem neighbour = siblings.get(other);
        store.place(item.id(), item.parentId(), neighbour.position(), now);
        store.place(neighbour.id(), neighbour.parentId(), item.position(), now);
        store.recordChange(
                itemId,
                who.userId(),
                now,
                "position",
                String.valueOf(item.position()),
                String.valueOf(neighbour.position()));
        audit.record(AuditEntry.by(who, "PLAN_ITEM_REORDERED", "plan-item", itemId));
    }

    @Transactional
    public void setArchived(VigiePrincipal who, UUID planId, UUID itemId, boolean archived) {
        PlanAccess access = plans.access(who, planId);
        access.requireEditTree();
        PlanItem item = get(access, itemId);
        if (item.archived() == archived) {
            return;
        }
        Instant now = calendar.now();
        store.setArchived(itemId, archived, now);
        store.recordChange(itemId, who.userId(), now, "archived", String.valueOf(!archived), String.valueOf(archived));
        audit.record(AuditEntry.by(who, archived ? "PLAN_ITEM_ARCHIVED" : "PLAN_ITEM_RESTORED", "plan-item", itemId));
    }

    /**
     * Sets an item's status and progress from an update its responsible person submitted, keeping the
     * change in the item's history.
     */
    @Transactional
    public void applyUpdate(
            VigiePrincipal who,
            PlanAccess access,
            PlanItem item,
            @Nullable String statusCode,
            @Nullable Integer progress) {
        PlanItem.Details d = item.details();
        if (statusCode != null && plans.scheme(access.plan()).find(statusCode).isEmpty()) {
            throw new PlanRejection("statusCode", "validation.invalidChoice");
        }
        if (progress != null && (progress < 0 || progress > 100)) {
            throw new PlanRejection("progress", "plans.items.progressRange");
        }
        PlanItem.Details updated = new PlanItem.Details(
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
                statusCode == null ? d.statusCode() : statusCode,
                progress == null ? d.progress() : progress,
                d.planningArea(),
                d.issueCategory(),
                d.measureType(),
                d.targetFr(),
                d.targetEn(),
                d.indicatorIds());
        Instant now = calendar.now();
        if (!store.update(item, updated, item.version(), now)) {
            throw new StaleEditException("Plan item");
        }
        for (Map.Entry<String, String[]> change : updated.changesFrom(d).entrySet()) {
            store.recordChange(
                    item.id(), who.userId(), now, change.getKey(), change.getValue()[0], change.getValue()[1]);
        }
    }

    @Transactional
    public void comment(VigiePrincipal who, UUID planId, UUID itemId, String body) {
        PlanAccess access = plans.access(who, planId);
        get(access, itemId);
        String text = body.strip();
        if (text.isEmpty()) {
            throw new PlanRejection("body", "validation.required");
        }
        if (text.length() > 4000) {
            throw new PlanRejection("body", "plans.comments.tooLong");
        }
        jdbc.sql("""
                        insert into plan_item_comment (id, item_id, community_id, author_id, body, created_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        itemId,
                        who.communityId(),
                        who.userId(),
                        text,
                        Timestamp.from(calendar.now()))
                .update();
        audit.record(AuditEntry.by(who, "PLAN_ITEM_COMMENTED", "plan-item", itemId));
    }

    @Transactional(readOnly = true)
    public List<Comment> comments(PlanAccess access, UUID itemId) {
        get(access, itemId);
        return jdbc.sql(
                        "select id, author_id, body, created_at from plan_item_comment where item_id = ? order by created_at")
                .param(itemId)
                .query(Comment.class)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Change> history(PlanAccess access, UUID itemId) {
        get(access, itemId);
        return jdbc.sql("""
                        select changed_at, changed_by, field, old_value as before, new_value as after
                        from plan_item_change where item_id = ? order by changed_at desc, id desc
                        """).param(itemId).query(Change.class).list();
    }

    /** Fields the level does not use are not kept, whatever was sent. */
    static PlanItem.Details keepOnlyUsedFields(TemplateLevel level, PlanItem.Details d) {
        return new PlanItem.Details(
                d.titleFr().strip(),
                d.titleEn().strip(),
                level.uses(ItemField.DESCRIPTION) ? d.descriptionFr().strip() : "",
                level.uses(ItemField.DESCRIPTION) ? d.descriptionEn().strip() : "",
                level.uses(ItemField.LEAD_ORGANIZATION) ? d.leadOrganizationId() : null,
                level.uses(ItemField.RESPONSIBLE) ? d.responsibleUserId() : null,
                level.uses(ItemField.COLLABORATORS) ? List.copyOf(d.collaboratorIds()) : List.of(),
                level.uses(ItemField.TIME_HORIZON) ? d.timeHorizon() : null,
                level.uses(ItemField.DATES) ? d.startDate() : null,
                level.uses(ItemField.DATES) ? d.endDate() : null,
                level.uses(ItemField.STATUS) ? d.statusCode() : null,
                level.uses(ItemField.PROGRESS) ? d.progress() : null,
                level.uses(ItemField.PLANNING_AREA) ? d.planningArea() : null,
                level.uses(ItemField.ISSUE_CATEGORY) ? d.issueCategory() : null,
                level.uses(ItemField.MEASURE_TYPE) ? d.measureType() : null,
                level.uses(ItemField.TARGETS) ? d.targetFr().strip() : "",
                level.uses(ItemField.TARGETS) ? d.targetEn().strip() : "",
                level.uses(ItemField.INDICATORS) ? List.copyOf(d.indicatorIds()) : List.of());
    }

    private void check(PlanAccess access, PlanItem.Details d) {
        UUID community = access.plan().communityId();
        if (d.titleFr().isEmpty() && d.titleEn().isEmpty()) {
            throw new PlanRejection("titleFr", "plans.title.required");
        }
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            throw new PlanRejection("endDate", "plans.dates.order");
        }
        if (d.progress() != null && (d.progress() < 0 || d.progress() > 100)) {
            throw new PlanRejection("progress", "plans.items.progressRange");
        }
        if (d.statusCode() != null
                && plans.scheme(access.plan()).find(d.statusCode()).isEmpty()) {
            throw new PlanRejection("statusCode", "validation.invalidChoice");
        }
        if (d.leadOrganizationId() != null && !directory.isActiveOrganization(community, d.leadOrganizationId())) {
            throw new PlanRejection("leadOrganizationId", "validation.invalidChoice");
        }
        if (d.responsibleUserId() != null && !directory.isActivePerson(community, d.responsibleUserId())) {
            throw new PlanRejection("responsibleUserId", "validation.invalidChoice");
        }
        for (UUID organization : d.collaboratorIds()) {
            if (!directory.isActiveOrganization(community, organization)) {
                throw new PlanRejection("collaboratorIds", "validation.invalidChoice");
            }
        }
        if (indicators.tiles(community, d.indicatorIds()).size()
                != d.indicatorIds().stream().distinct().count()) {
            throw new PlanRejection("indicatorIds", "validation.invalidChoice");
        }
    }

    private static @Nullable String str(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
