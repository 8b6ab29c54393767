package ca.vigie.plans.tree;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.PlanRole;
import ca.vigie.plans.templates.PlanTemplate;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.system.SubmissionGuard;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans of a community: creating one from a template, its settings, its members and who sees it. */
@Service
public class Plans {

    static final UUID STANDARD_SCHEME = UUID.fromString("5a7e0000-0000-4000-8000-000000000001");

    private final PlanStore store;
    private final PlanTemplates templates;
    private final OrganizationDirectory directory;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;

    Plans(
            PlanStore store,
            PlanTemplates templates,
            OrganizationDirectory directory,
            JdbcClient jdbc,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar) {
        this.store = store;
        this.templates = templates;
        this.directory = directory;
        this.jdbc = jdbc;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
    }

    public record Summary(
            UUID id, String titleFr, String titleEn, String templateFr, String templateEn, int items, PlanRole role) {}

    public record Member(UUID userId, String displayName, PlanRole role) {}

    /** The plans a person may see, with their role on each. */
    @Transactional(readOnly = true)
    public List<Summary> visibleTo(VigiePrincipal who) {
        boolean coordinator = who.has(Role.PLAN_COORDINATOR);
        return jdbc.sql("""
                        select p.id, p.title_fr, p.title_en, t.name_fr as template_fr, t.name_en as template_en,
                               (select count(*) from plan_item i where i.plan_id = p.id and not i.archived) as items,
                               case when :coordinator then 'COORDINATOR'
                                    else coalesce(m.role, 'UPDATER') end as role
                        from plan p
                        join plan_template t on t.id = p.template_id
                        left join plan_member m on m.plan_id = p.id and m.user_id = :user
                        where p.community_id = :community and not p.archived
                          and (:coordinator or m.user_id is not null or exists (
                                select 1 from plan_item r where r.plan_id = p.id and r.responsible_user_id = :user
                                  and not r.archived))
                        order by lower(p.title_fr)
                        """)
                .param("coordinator", coordinator)
                .param("user", who.userId())
                .param("community", who.communityId())
                .query(Summary.class)
                .list();
    }

    /** The person's standing on a plan, or not found when the plan is not theirs to see. */
    @Transactional(readOnly = true)
    public PlanAccess access(VigiePrincipal who, UUID planId) {
        Plan plan = store.plan(who.communityId(), planId).orElseThrow(() -> new NotFoundException("Plan"));
        return new PlanAccess(plan, roleOf(who, plan).orElseThrow(() -> new NotFoundException("Plan")), who);
    }

    private Optional<PlanRole> roleOf(VigiePrincipal who, Plan plan) {
        if (who.has(Role.PLAN_COORDINATOR)) {
            return Optional.of(PlanRole.COORDINATOR);
        }
        Optional<PlanRole> member = jdbc.sql("select role from plan_member where plan_id = ? and user_id = ?")
                .params(plan.id(), who.userId())
                .query((rs, row) -> PlanRole.valueOf(rs.getString(1)))
                .optional();
        if (member.isPresent()) {
            return member;
        }
        boolean responsible = jdbc.sql(
                                "select count(*) from plan_item where plan_id = ? and responsible_user_id = ? and not archived")
                        .params(plan.id(), who.userId())
                        .query(Integer.class)
                        .single()
                > 0;
        return responsible ? Optional.of(PlanRole.UPDATER) : Optional.empty();
    }

    @Transactional
    public UUID create(VigiePrincipal coordinator, UUID templateId, Plan.Settings settings, UUID formToken) {
        if (!coordinator.has(Role.PLAN_COORDINATOR)) {
            throw new AccessDeniedException("Only planning coordinators create plans");
        }
        PlanTemplate template = templates.get(coordinator.communityId(), templateId);
        check(settings);
        return submissions.once(formToken, () -> {
            Instant now = calendar.now();
            Plan plan = new Plan(
                    UUID.randomUUID(),
                    coordinator.communityId(),
                    template.id(),
                    STANDARD_SCHEME,
                    settings.titleFr(),
                    settings.titleEn(),
                    settings.descriptionFr(),
                    settings.descriptionEn(),
                    settings.rollupRule(),
                    settings.startDate(),
                    settings.endDate(),
                    false,
                    0,
                    now,
                    now);
            store.insert(plan, coordinator.userId());
            jdbc.sql("""
                            insert into plan_member (plan_id, community_id, user_id, role, granted_by, granted_at)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            plan.id(),
                            coordinator.communityId(),
                            coordinator.userId(),
                            PlanRole.COORDINATOR.name(),
                            coordinator.userId(),
                            Timestamp.from(now))
                    .update();
            audit.record(AuditEntry.by(coordinator, "PLAN_CREATED", "plan", plan.id()));
            return plan.id();
        });
    }

    @Transactional
    public void configure(VigiePrincipal who, UUID planId, Plan.Settings settings, int expectedVersion) {
        PlanAccess access = access(who, planId);
        access.requireManage();
        check(settings);
        if (!store.update(access.plan(), settings, expectedVersion, calendar.now())) {
            throw new StaleEditException("Plan");
        }
        audit.record(AuditEntry.by(who, "PLAN_CONFIGURED", "plan", planId));
    }

    @Transactional(readOnly = true)
    public List<Member> members(VigiePrincipal who, UUID planId) {
        access(who, planId);
        record Row(UUID userId, String role) {}
        List<Row> rows = jdbc.sql("select user_id, role from plan_member where plan_id = ?")
                .param(planId)
                .query(Row.class)
                .list();
        var names = directory
                .people(who.communityId(), rows.stream().map(Row::userId).toList())
                .stream()
                .collect(java.util.stream.Collectors.toMap(
                        OrganizationDirectory.PersonRef::id, OrganizationDirectory.PersonRef::displayName));
        return rows.stream()
                .map(row ->
                        new Member(row.userId(), names.getOrDefault(row.userId(), ""), PlanRole.valueOf(row.role())))
                .sorted(java.util.Comparator.comparing(Member::role).thenComparing(Member::displayName))
                .toList();
    }

    @Transactional
    public void setMember(VigiePrincipal who, UUID planId, UUID userId, PlanRole role) {
        PlanAccess access = access(who, planId);
        access.requireManage();
        if (!directory.isActivePerson(who.communityId(), userId)) {
            throw new PlanRejection("userId", "validation.invalidChoice");
        }
        jdbc.sql("""
                        insert into plan_member (plan_id, community_id, user_id, role, granted_by, granted_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (plan_id, user_id) do update set role = excluded.role,
                            granted_by = excluded.granted_by, granted_at = excluded.granted_at
                        """)
                .params(planId, who.communityId(), userId, role.name(), who.userId(), Timestamp.from(calendar.now()))
                .update();
        audit.record(AuditEntry.by(who, "PLAN_MEMBER_SET", "plan", planId).withPurpose(role.name()));
    }

    @Transactional
    public void removeMember(VigiePrincipal who, UUID planId, UUID userId) {
        PlanAccess access = access(who, planId);
        access.requireManage();
        if (userId.equals(who.userId())) {
            throw new PlanRejection("userId", "plans.members.notYourself");
        }
        jdbc.sql("delete from plan_member where plan_id = ? and user_id = ?")
                .params(planId, userId)
                .update();
        audit.record(AuditEntry.by(who, "PLAN_MEMBER_REMOVED", "plan", planId));
    }

    @Transactional(readOnly = true)
    public StatusScheme scheme(Plan plan) {
        return scheme(plan.statusSchemeId());
    }

    /** The statuses a plan created now will use. */
    @Transactional(readOnly = true)
    public StatusScheme schemeOfNewPlans() {
        return scheme(STANDARD_SCHEME);
    }

    private StatusScheme scheme(UUID schemeId) {
        return new StatusScheme(
                jdbc.sql("""
                        select code, label_fr, label_en, icon, severity, completed from status_value
                        where scheme_id = ? order by sort_order
                        """).param(schemeId).query(StatusScheme.Status.class).list());
    }

    @Transactional(readOnly = true)
    public PlanTemplate template(Plan plan) {
        return templates.get(plan.communityId(), plan.templateId());
    }

    private static void check(Plan.Settings settings) {
        if (settings.titleFr().isBlank() && settings.titleEn().isBlank()) {
            throw new PlanRejection("titleFr", "plans.title.required");
        }
        if (settings.startDate() != null
                && settings.endDate() != null
                && settings.endDate().isBefore(settings.startDate())) {
            throw new PlanRejection("endDate", "plans.dates.order");
        }
    }
}
