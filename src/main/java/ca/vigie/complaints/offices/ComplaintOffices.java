package ca.vigie.complaints.offices;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.NamedObjects;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.PersonRef;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.BilingualName;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NamedRows;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.SubmissionGuard;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offices as the community administrator sets them up: the organisations each serves with their
 * jurisdiction, and who works there in which role. The administrator assigns people; setting an
 * office up opens no file, and nothing here reads one.
 */
@Service
public class ComplaintOffices implements NamedObjects<ComplaintOffice> {

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;
    private final NamedRows rows;

    ComplaintOffices(
            JdbcClient jdbc,
            OrganizationDirectory directory,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar,
            NamedRows rows) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
        this.rows = rows;
    }

    /** The community's offices, by name. */
    @Transactional(readOnly = true)
    public List<ComplaintOffice> offices(UUID communityId) {
        return jdbc
                .sql("select id from complaint_office where community_id = ? order by lower(name_fr)")
                .param(communityId)
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> find(communityId, id).orElseThrow())
                .toList();
    }

    /** One office of the community; another community's answers as absent. */
    @Transactional(readOnly = true)
    @Override
    public ComplaintOffice get(UUID communityId, UUID id) {
        return find(communityId, id).orElseThrow(() -> new NotFoundException("Complaint office"));
    }

    /** An office by its id alone, for the public page where anyone may report to it. */
    @Transactional(readOnly = true)
    public Optional<ComplaintOffice> find(UUID id) {
        return jdbc.sql("select community_id from complaint_office where id = ?")
                .param(id)
                .query(UUID.class)
                .optional()
                .flatMap(community -> find(community, id));
    }

    /** The office that serves an organisation, if one does. */
    @Transactional(readOnly = true)
    public Optional<ComplaintOffice> serving(UUID communityId, UUID organizationId) {
        return jdbc.sql(
                        "select office_id from complaint_office_organization where community_id = ? and organization_id = ?")
                .params(communityId, organizationId)
                .query(UUID.class)
                .optional()
                .flatMap(id -> find(communityId, id));
    }

    /** The offices a person works in, in whatever role. */
    @Transactional(readOnly = true)
    public List<ComplaintOffice> staffedBy(UUID communityId, UUID userId) {
        return jdbc.sql("""
                        select distinct o.id from complaint_office o join complaint_office_staff s on s.office_id = o.id
                        where o.community_id = ? and s.user_id = ?
                        """).params(communityId, userId).query(UUID.class).list().stream()
                .map(id -> find(communityId, id).orElseThrow())
                .toList();
    }

    @Transactional
    @Override
    public UUID create(VigiePrincipal admin, String nameFr, String nameEn, UUID formToken) {
        requireAdmin(admin);
        BilingualName name = BilingualName.of(nameFr, nameEn);
        return submissions.once(formToken, () -> {
            UUID id = rows.create("complaint_office", admin.communityId(), name);
            audit.record(AuditEntry.by(admin, "COMPLAINT_OFFICE_CREATED", "complaint_office", id));
            return id;
        });
    }

    @Transactional
    @Override
    public void rename(VigiePrincipal admin, UUID officeId, String nameFr, String nameEn, int expectedVersion) {
        requireAdmin(admin);
        get(admin.communityId(), officeId);
        rows.rename(
                "complaint_office", admin.communityId(), officeId, BilingualName.of(nameFr, nameEn), expectedVersion);
        audit.record(AuditEntry.by(admin, "COMPLAINT_OFFICE_RENAMED", "complaint_office", officeId));
    }

    /**
     * The office serves an active organisation of the community under a jurisdiction, or now under
     * another; an organisation another office serves is refused, so that a complaint has one place to go.
     */
    @Transactional
    public void serve(
            VigiePrincipal admin, UUID officeId, @Nullable UUID organizationId, @Nullable Jurisdiction jurisdiction) {
        requireAdmin(admin);
        get(admin.communityId(), officeId);
        if (organizationId == null || !directory.isActiveOrganization(admin.communityId(), organizationId)) {
            throw new OfficeRejection("organizationId", "validation.invalidChoice");
        }
        if (jurisdiction == null) {
            throw new OfficeRejection("jurisdiction", "validation.required");
        }
        Optional<UUID> elsewhere =
                jdbc.sql("""
                        select office_id from complaint_office_organization where organization_id = ? and office_id <> ?
                        """).params(organizationId, officeId).query(UUID.class).optional();
        if (elsewhere.isPresent()) {
            throw new OfficeRejection("organizationId", "offices.served.elsewhere");
        }
        jdbc.sql("""
                        insert into complaint_office_organization (office_id, community_id, organization_id, jurisdiction)
                        values (?, ?, ?, ?)
                        on conflict (office_id, organization_id) do update set jurisdiction = excluded.jurisdiction
                        """)
                .params(officeId, admin.communityId(), organizationId, jurisdiction.name())
                .update();
        audit.record(AuditEntry.by(admin, "COMPLAINT_OFFICE_SERVES", "complaint_office", officeId)
                .withPurpose(organizationId + " " + jurisdiction));
    }

    @Transactional
    public void stopServing(VigiePrincipal admin, UUID officeId, UUID organizationId) {
        requireAdmin(admin);
        get(admin.communityId(), officeId);
        jdbc.sql("delete from complaint_office_organization where office_id = ? and organization_id = ?")
                .params(officeId, organizationId)
                .update();
        audit.record(AuditEntry.by(admin, "COMPLAINT_OFFICE_STOPS_SERVING", "complaint_office", officeId)
                .withPurpose(organizationId.toString()));
    }

    /**
     * Gives a person of the community a role in the office. Office work needs a complaints role on
     * the person's membership (intake or investigation); the analyst role, aggregates only, does not.
     */
    @Transactional
    public void assign(VigiePrincipal admin, UUID officeId, @Nullable UUID userId, @Nullable StaffRole role) {
        requireAdmin(admin);
        get(admin.communityId(), officeId);
        PersonRef person = userId == null
                ? null
                : directory.person(admin.communityId(), userId).orElse(null);
        if (person == null || !person.enabled()) {
            throw new OfficeRejection("userId", "validation.invalidChoice");
        }
        if (role == null) {
            throw new OfficeRejection("role", "validation.required");
        }
        if (role != StaffRole.ANALYST
                && !directory.hasRole(admin.communityId(), person.id(), Role.OFFICE_INTAKE)
                && !directory.hasRole(admin.communityId(), person.id(), Role.INVESTIGATOR)) {
            throw new OfficeRejection("userId", "offices.staff.noRole");
        }
        jdbc.sql("""
                        insert into complaint_office_staff
                            (office_id, community_id, user_id, staff_role, assigned_at, assigned_by)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing
                        """)
                .params(
                        officeId,
                        admin.communityId(),
                        person.id(),
                        role.name(),
                        Timestamp.from(calendar.now()),
                        admin.userId())
                .update();
        audit.record(AuditEntry.by(admin, "COMPLAINT_OFFICE_STAFF_ASSIGNED", "complaint_office", officeId)
                .withPurpose(person.id() + " " + role));
    }

    @Transactional
    public void unassign(VigiePrincipal admin, UUID officeId, UUID userId, StaffRole role) {
        requireAdmin(admin);
        get(admin.communityId(), officeId);
        jdbc.sql("delete from complaint_office_staff where office_id = ? and user_id = ? and staff_role = ?")
                .params(officeId, userId, role.name())
                .update();
        audit.record(AuditEntry.by(admin, "COMPLAINT_OFFICE_STAFF_REMOVED", "complaint_office", officeId)
                .withPurpose(userId + " " + role));
    }

    private Optional<ComplaintOffice> find(UUID communityId, UUID id) {
        return jdbc.sql("select * from complaint_office where community_id = ? and id = ?")
                .params(communityId, id)
                .query((rs, row) -> new ComplaintOffice(
                        id,
                        communityId,
                        rs.getString("name_fr"),
                        rs.getString("name_en"),
                        rs.getInt("version"),
                        jdbc.sql("""
                                        select organization_id, jurisdiction from complaint_office_organization
                                        where office_id = ? order by organization_id
                                        """)
                                .param(id)
                                .query((served, n) -> new ComplaintOffice.Served(
                                        served.getObject("organization_id", UUID.class),
                                        Jurisdiction.valueOf(served.getString("jurisdiction"))))
                                .list(),
                        jdbc.sql("""
                                        select user_id, staff_role from complaint_office_staff
                                        where office_id = ? order by staff_role, user_id
                                        """)
                                .param(id)
                                .query((staff, n) -> new ComplaintOffice.Staff(
                                        staff.getObject("user_id", UUID.class),
                                        StaffRole.valueOf(staff.getString("staff_role"))))
                                .list()))
                .optional();
    }

    private static void requireAdmin(VigiePrincipal who) {
        if (!who.has(Role.COMMUNITY_ADMIN)) {
            throw new AccessDeniedException("Only community administrators set up complaint offices");
        }
    }
}
