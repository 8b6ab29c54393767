package ca.vigie.situations.tables;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.Agreements;
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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Situation tables as the community administrator sets them up: the member organisations, each
 * under an information-sharing agreement on record, the people who represent them, and the chair.
 */
@Service
public class SituationTables implements NamedObjects<SituationTable> {

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;
    private final NamedRows rows;
    private final Agreements agreements;

    SituationTables(
            JdbcClient jdbc,
            OrganizationDirectory directory,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar,
            NamedRows rows,
            Agreements agreements) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
        this.rows = rows;
        this.agreements = agreements;
    }

    /** The tables of a community, by name, with their members and representatives. */
    @Transactional(readOnly = true)
    public List<SituationTable> tables(UUID communityId) {
        return jdbc
                .sql("select id from situation_table where community_id = ? order by lower(name_fr)")
                .param(communityId)
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> find(communityId, id).orElseThrow())
                .toList();
    }

    /** The community's tables where the person sits as a representative, by name. */
    @Transactional(readOnly = true)
    public List<SituationTable> tablesWithRepresentative(UUID communityId, UUID userId) {
        return jdbc.sql("""
                        select t.id from situation_table t
                        join situation_table_representative r on r.table_id = t.id
                        where t.community_id = ? and r.user_id = ? order by lower(t.name_fr)
                        """).params(communityId, userId).query(UUID.class).list().stream()
                .map(id -> find(communityId, id).orElseThrow())
                .toList();
    }

    /** One table of the community; another community's answers as absent. */
    @Transactional(readOnly = true)
    @Override
    public SituationTable get(UUID communityId, UUID id) {
        return find(communityId, id).orElseThrow(() -> new NotFoundException("Situation table"));
    }

    @Transactional
    @Override
    public UUID create(VigiePrincipal admin, String nameFr, String nameEn, UUID formToken) {
        requireAdmin(admin);
        BilingualName name = BilingualName.of(nameFr, nameEn);
        return submissions.once(formToken, () -> {
            UUID id = rows.create("situation_table", admin.communityId(), name);
            audit.record(AuditEntry.by(admin, "SITUATION_TABLE_CREATED", "situation_table", id));
            return id;
        });
    }

    @Transactional
    @Override
    public void rename(VigiePrincipal admin, UUID tableId, String nameFr, String nameEn, int expectedVersion) {
        requireAdmin(admin);
        get(admin.communityId(), tableId);
        rows.rename("situation_table", admin.communityId(), tableId, BilingualName.of(nameFr, nameEn), expectedVersion);
        audit.record(AuditEntry.by(admin, "SITUATION_TABLE_RENAMED", "situation_table", tableId));
    }

    /**
     * Records a member organisation's information-sharing agreement, for a new member or as the
     * renewal of an existing one's.
     */
    @Transactional
    public void recordAgreement(
            VigiePrincipal admin,
            UUID tableId,
            @Nullable UUID organizationId,
            String reference,
            @Nullable LocalDate signed,
            @Nullable LocalDate expires) {
        requireAdmin(admin);
        SituationTable table = get(admin.communityId(), tableId);
        // The agreement goes to the community's register, which every group shares; the table keeps
        // the membership.
        agreements.record(admin, organizationId, reference, signed, expires);
        boolean renewal = table.member(organizationId).isPresent();
        jdbc.sql("""
                        insert into situation_table_member (table_id, community_id, organization_id)
                        select id, community_id, ? from situation_table where id = ?
                        on conflict (table_id, organization_id) do nothing
                        """).params(organizationId, tableId).update();
        audit.record(AuditEntry.by(
                admin,
                renewal ? "SITUATION_TABLE_AGREEMENT_RENEWED" : "SITUATION_TABLE_MEMBER_ADDED",
                "situation_table",
                tableId));
    }

    /** A member leaves the table, with its representatives; the chair too, if one of them. */
    @Transactional
    public void removeMember(VigiePrincipal admin, UUID tableId, UUID organizationId) {
        requireAdmin(admin);
        SituationTable table = get(admin.communityId(), tableId);
        if (table.member(organizationId).isEmpty()) {
            throw new NotFoundException("Table member");
        }
        if (table.chairUserId() != null
                && table.representativesOf(organizationId).stream()
                        .anyMatch(r -> r.userId().equals(table.chairUserId()))) {
            jdbc.sql("update situation_table set chair_user_id = null where id = ?")
                    .param(tableId)
                    .update();
        }
        jdbc.sql("delete from situation_table_representative where table_id = ? and organization_id = ?")
                .params(tableId, organizationId)
                .update();
        jdbc.sql("delete from situation_table_member where table_id = ? and organization_id = ?")
                .params(tableId, organizationId)
                .update();
        audit.record(AuditEntry.by(admin, "SITUATION_TABLE_MEMBER_REMOVED", "situation_table", tableId));
    }

    /** A person of a member organisation sits at the table for it. */
    @Transactional
    public void addRepresentative(VigiePrincipal admin, UUID tableId, @Nullable UUID userId) {
        requireAdmin(admin);
        SituationTable table = get(admin.communityId(), tableId);
        PersonRef person = userId == null
                ? null
                : directory.person(admin.communityId(), userId).orElse(null);
        if (person == null || !person.enabled()) {
            throw new TableRejection("userId", "validation.invalidChoice");
        }
        if (table.member(person.organizationId()).isEmpty()) {
            throw new TableRejection("userId", "tables.representative.notMember");
        }
        jdbc.sql("""
                        insert into situation_table_representative (table_id, community_id, organization_id, user_id)
                        values (?, ?, ?, ?) on conflict do nothing
                        """)
                .params(tableId, admin.communityId(), person.organizationId(), person.id())
                .update();
        audit.record(AuditEntry.by(admin, "SITUATION_TABLE_REPRESENTATIVE_ADDED", "situation_table", tableId));
    }

    @Transactional
    public void removeRepresentative(VigiePrincipal admin, UUID tableId, UUID userId) {
        requireAdmin(admin);
        SituationTable table = get(admin.communityId(), tableId);
        if (userId.equals(table.chairUserId())) {
            jdbc.sql("update situation_table set chair_user_id = null where id = ?")
                    .param(tableId)
                    .update();
        }
        jdbc.sql("delete from situation_table_representative where table_id = ? and user_id = ?")
                .params(tableId, userId)
                .update();
        audit.record(AuditEntry.by(admin, "SITUATION_TABLE_REPRESENTATIVE_REMOVED", "situation_table", tableId));
    }

    /** The chair is one of the representatives; none clears the role. */
    @Transactional
    public void setChair(VigiePrincipal admin, UUID tableId, @Nullable UUID userId) {
        requireAdmin(admin);
        SituationTable table = get(admin.communityId(), tableId);
        if (userId != null
                && table.representatives().stream().noneMatch(r -> r.userId().equals(userId))) {
            throw new TableRejection("chairUserId", "tables.chair.notRepresentative");
        }
        jdbc.sql("update situation_table set chair_user_id = ?, updated_at = ? where id = ?")
                .params(userId, Timestamp.from(calendar.now()), tableId)
                .update();
        audit.record(AuditEntry.by(admin, "SITUATION_TABLE_CHAIR_SET", "situation_table", tableId));
    }

    private Optional<SituationTable> find(UUID communityId, UUID id) {
        return jdbc.sql("select * from situation_table where community_id = ? and id = ?")
                .params(communityId, id)
                .query((rs, row) -> new SituationTable(
                        rs.getObject("id", UUID.class),
                        rs.getObject("community_id", UUID.class),
                        rs.getString("name_fr"),
                        rs.getString("name_en"),
                        rs.getObject("chair_user_id", UUID.class),
                        rs.getInt("version"),
                        members(communityId, id),
                        representatives(id)))
                .optional();
    }

    /**
     * The member organisations with their agreements from the community's register. A member the
     * register has no agreement for (none should be: joining records one) counts as long expired.
     */
    private List<SituationTable.Member> members(UUID communityId, UUID tableId) {
        Map<UUID, OrganizationDirectory.AgreementRef> register = directory.agreements(communityId);
        return jdbc
                .sql("select organization_id from situation_table_member where table_id = ?")
                .param(tableId)
                .query(UUID.class)
                .list()
                .stream()
                .map(organization -> {
                    OrganizationDirectory.AgreementRef agreement = register.get(organization);
                    return agreement == null
                            ? new SituationTable.Member(organization, "", LocalDate.EPOCH, LocalDate.EPOCH.plusDays(1))
                            : new SituationTable.Member(
                                    organization, agreement.reference(), agreement.signed(), agreement.expires());
                })
                .sorted(Comparator.comparing(SituationTable.Member::signed)
                        .thenComparing(member -> member.organizationId().toString()))
                .toList();
    }

    private List<SituationTable.Representative> representatives(UUID tableId) {
        return jdbc.sql("select user_id, organization_id from situation_table_representative where table_id = ?")
                .param(tableId)
                .query((rs, row) -> new SituationTable.Representative(
                        rs.getObject("user_id", UUID.class), rs.getObject("organization_id", UUID.class)))
                .list();
    }

    private static void requireAdmin(VigiePrincipal who) {
        if (!who.has(Role.COMMUNITY_ADMIN)) {
            throw new AccessDeniedException("Only community administrators set up situation tables");
        }
    }

    /** Today in the community's time, for agreement statuses. */
    public LocalDate today(UUID communityId) {
        return calendar.today(communityId);
    }
}
