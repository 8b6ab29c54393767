package ca.vigie.coresponse.teams;

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
import ca.vigie.system.StaleEditException;
import ca.vigie.system.SubmissionGuard;
import ca.vigie.system.Text;
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
 * Mixed teams as the community administrator sets them up: law, police service and partners, members and
 * dyads. Setting a team up reads no call and no person; and a person's place on a team ({@link Seat}) is
 * worked out here for every other part of the module.
 */
@Service
public class Teams implements NamedObjects<Team> {

    /** The longest dyad label: a call sign or a car number, not a description. */
    public static final int LABEL_MAX = 60;

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;
    private final NamedRows rows;

    Teams(
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

    /** The community's teams, by name. */
    @Transactional(readOnly = true)
    public List<Team> teams(UUID communityId) {
        return jdbc
                .sql("select id from coresponse_team where community_id = ? order by lower(name_fr)")
                .param(communityId)
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> find(communityId, id).orElseThrow())
                .toList();
    }

    @Transactional(readOnly = true)
    @Override
    public Team get(UUID communityId, UUID id) {
        return find(communityId, id).orElseThrow(() -> new NotFoundException("Co-response team"));
    }

    /**
     * The person's place on a team: a member holding the account role of their team role. Anyone else,
     * including another community's people, finds no such team.
     */
    @Transactional(readOnly = true)
    public Seat seat(VigiePrincipal person, UUID teamId) {
        return find(person.communityId(), teamId)
                .flatMap(team -> seatOn(team, person))
                .orElseThrow(() -> new NotFoundException("Co-response team"));
    }

    /**
     * The team whose aggregates the person may read: its lead and steering members, and the community's
     * plan coordinators. For anyone else there is no such team.
     */
    @Transactional(readOnly = true)
    public Team forSteering(VigiePrincipal person, UUID teamId) {
        Team team = find(person.communityId(), teamId).orElseThrow(() -> new NotFoundException("Co-response team"));
        if (person.has(Role.PLAN_COORDINATOR)) {
            return team;
        }
        return seatOn(team, person)
                .filter(seat -> seat.role() == TeamRole.LEAD || seat.role() == TeamRole.STEERING)
                .map(Seat::team)
                .orElseThrow(() -> new NotFoundException("Co-response team"));
    }

    /** The teams where the person has a place, by name. */
    @Transactional(readOnly = true)
    public List<Seat> seatsOf(VigiePrincipal person) {
        return jdbc.sql("""
                        select t.id from coresponse_team t join coresponse_member m on m.team_id = t.id
                        where m.community_id = ? and m.user_id = ? order by lower(t.name_fr)
                        """).params(person.communityId(), person.userId()).query(UUID.class).list().stream()
                .flatMap(id -> find(person.communityId(), id).flatMap(team -> seatOn(team, person)).stream())
                .toList();
    }

    private static Optional<Seat> seatOn(Team team, VigiePrincipal person) {
        return team.member(person.userId())
                .filter(member -> person.has(member.role().accountRole()))
                .map(member -> new Seat(team, person, member.role(), member.side()));
    }

    @Transactional
    @Override
    public UUID create(VigiePrincipal admin, String nameFr, String nameEn, UUID formToken) {
        requireAdmin(admin);
        BilingualName name = BilingualName.of(nameFr, nameEn);
        return submissions.once(formToken, () -> {
            UUID id = rows.create("coresponse_team", admin.communityId(), name);
            audit.record(AuditEntry.by(admin, "CORESPONSE_TEAM_CREATED", "coresponse_team", id));
            return id;
        });
    }

    @Transactional
    @Override
    public void rename(VigiePrincipal admin, UUID teamId, String nameFr, String nameEn, int expectedVersion) {
        requireAdmin(admin);
        get(admin.communityId(), teamId);
        rows.rename("coresponse_team", admin.communityId(), teamId, BilingualName.of(nameFr, nameEn), expectedVersion);
        audit.record(AuditEntry.by(admin, "CORESPONSE_TEAM_RENAMED", "coresponse_team", teamId));
    }

    /**
     * The team's law and police service, from the version the administrator saw. The police service
     * changes only while no one sits on the police side, so that no member's side changes under them.
     */
    @Transactional
    public void configure(
            VigiePrincipal admin,
            UUID teamId,
            @Nullable Law law,
            @Nullable UUID policeOrganizationId,
            int expectedVersion) {
        requireAdmin(admin);
        Team team = get(admin.communityId(), teamId);
        if (law == null) {
            throw new TeamRejection("law", "validation.required");
        }
        if (policeOrganizationId == null
                || !directory.isActiveOrganization(admin.communityId(), policeOrganizationId)) {
            throw new TeamRejection("policeOrganizationId", "validation.invalidChoice");
        }
        if (team.partners().contains(policeOrganizationId)) {
            throw new TeamRejection("policeOrganizationId", "coresponse.team.error.policeIsPartner");
        }
        boolean policeChanges = !policeOrganizationId.equals(team.policeOrganizationId());
        if (policeChanges && team.members().stream().anyMatch(m -> m.side() == Side.POLICE)) {
            throw new TeamRejection("policeOrganizationId", "coresponse.team.error.policeMembersRemain");
        }
        int changed = jdbc.sql("""
                        update coresponse_team set law = ?, police_organization_id = ?, version = version + 1,
                            updated_at = ?
                        where id = ? and community_id = ? and version = ?
                        """)
                .params(
                        law.name(),
                        policeOrganizationId,
                        Timestamp.from(calendar.now()),
                        teamId,
                        admin.communityId(),
                        expectedVersion)
                .update();
        if (changed == 0) {
            throw new StaleEditException("coresponse_team");
        }
        audit.record(AuditEntry.by(admin, "CORESPONSE_TEAM_CONFIGURED", "coresponse_team", teamId));
    }

    /** A health or social organisation joins the team. */
    @Transactional
    public void addPartner(VigiePrincipal admin, UUID teamId, @Nullable UUID organizationId) {
        requireAdmin(admin);
        Team team = get(admin.communityId(), teamId);
        if (organizationId == null || !directory.isActiveOrganization(admin.communityId(), organizationId)) {
            throw new TeamRejection("organizationId", "validation.invalidChoice");
        }
        if (organizationId.equals(team.policeOrganizationId())) {
            throw new TeamRejection("organizationId", "coresponse.team.error.policeIsPartner");
        }
        if (team.partners().contains(organizationId)) {
            throw new TeamRejection("organizationId", "coresponse.team.error.alreadyPartner");
        }
        jdbc.sql("""
                        insert into coresponse_team_partner (team_id, community_id, organization_id, added_at)
                        values (?, ?, ?, ?) on conflict do nothing
                        """)
                .params(teamId, admin.communityId(), organizationId, Timestamp.from(calendar.now()))
                .update();
        audit.record(AuditEntry.by(admin, "CORESPONSE_PARTNER_ADDED", "coresponse_team", teamId));
    }

    /** A partner leaves the team once none of its people sits on it. */
    @Transactional
    public void removePartner(VigiePrincipal admin, UUID teamId, UUID organizationId) {
        requireAdmin(admin);
        Team team = get(admin.communityId(), teamId);
        if (!team.partners().contains(organizationId)) {
            throw new NotFoundException("Co-response partner");
        }
        List<UUID> ofPartner = directory.people(admin.communityId()).stream()
                .filter(p -> p.organizationId().equals(organizationId))
                .map(PersonRef::id)
                .toList();
        if (team.members().stream().anyMatch(m -> m.side() != null && ofPartner.contains(m.userId()))) {
            throw new TeamRejection("organizationId", "coresponse.team.error.partnerMembersRemain");
        }
        jdbc.sql("delete from coresponse_team_partner where team_id = ? and organization_id = ?")
                .params(teamId, organizationId)
                .update();
        audit.record(AuditEntry.by(admin, "CORESPONSE_PARTNER_REMOVED", "coresponse_team", teamId));
    }

    /**
     * A person joins the team in a role they hold on their account. Their side follows their
     * organisation: the police service's people sit on the police side, the partners' on the health side;
     * a steering member may come from any organisation and sits on neither.
     */
    @Transactional
    public void addMember(VigiePrincipal admin, UUID teamId, @Nullable UUID userId, @Nullable TeamRole role) {
        requireAdmin(admin);
        Team team = get(admin.communityId(), teamId);
        if (role == null) {
            throw new TeamRejection("role", "validation.required");
        }
        PersonRef person = Optional.ofNullable(userId)
                .flatMap(id -> directory.person(admin.communityId(), id))
                .filter(PersonRef::enabled)
                .orElseThrow(() -> new TeamRejection("userId", "validation.invalidChoice"));
        if (team.member(person.id()).isPresent()) {
            throw new TeamRejection("userId", "coresponse.team.error.alreadyMember");
        }
        if (!directory.hasRole(admin.communityId(), person.id(), role.accountRole())) {
            throw new TeamRejection("role", "coresponse.team.error.roleNotHeld");
        }
        @Nullable Side side = null;
        if (role.inTheField()) {
            side = team.sideOf(person.organizationId())
                    .orElseThrow(() -> new TeamRejection("userId", "coresponse.team.error.organizationNotOnTeam"));
            if (!role.allows(side)) {
                throw new TeamRejection("role", "coresponse.team.error.wrongSide." + role.name());
            }
        }
        jdbc.sql("""
                        insert into coresponse_member (team_id, community_id, user_id, team_role, side, added_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing
                        """)
                .params(
                        teamId,
                        admin.communityId(),
                        person.id(),
                        role.name(),
                        side == null ? null : side.name(),
                        Timestamp.from(calendar.now()))
                .update();
        audit.record(AuditEntry.by(admin, "CORESPONSE_MEMBER_ADDED", "coresponse_team", teamId));
    }

    @Transactional
    public void removeMember(VigiePrincipal admin, UUID teamId, UUID userId) {
        requireAdmin(admin);
        get(admin.communityId(), teamId);
        int removed = jdbc.sql("delete from coresponse_member where team_id = ? and user_id = ?")
                .params(teamId, userId)
                .update();
        if (removed == 0) {
            throw new NotFoundException("Co-response member");
        }
        audit.record(AuditEntry.by(admin, "CORESPONSE_MEMBER_REMOVED", "coresponse_team", teamId));
    }

    /** A new dyad, under a label unique on the team. */
    @Transactional
    public UUID addDyad(VigiePrincipal admin, UUID teamId, @Nullable String label) {
        requireAdmin(admin);
        Team team = get(admin.communityId(), teamId);
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty()) {
            throw new TeamRejection("label", "validation.required");
        }
        if (Text.hasUnreadable(clean)) {
            throw new TeamRejection("label", "text.unreadable");
        }
        if (clean.length() > LABEL_MAX) {
            throw new TeamRejection("label", "text.tooLong", LABEL_MAX);
        }
        if (team.dyads().stream().anyMatch(d -> d.label().equalsIgnoreCase(clean))) {
            throw new TeamRejection("label", "coresponse.team.error.dyadTaken");
        }
        UUID id = UUID.randomUUID();
        int written = jdbc.sql("""
                        insert into coresponse_dyad (id, team_id, community_id, label, created_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing
                        """)
                .params(id, teamId, admin.communityId(), clean, Timestamp.from(calendar.now()))
                .update();
        if (written == 0) {
            // The same label sent twice at once: the other request added it.
            throw new TeamRejection("label", "coresponse.team.error.dyadTaken");
        }
        audit.record(AuditEntry.by(admin, "CORESPONSE_DYAD_ADDED", "coresponse_team", teamId));
        return id;
    }

    /** A dyad stops taking shifts; its past calls keep its label. */
    @Transactional
    public void retireDyad(VigiePrincipal admin, UUID teamId, UUID dyadId, boolean retired) {
        requireAdmin(admin);
        get(admin.communityId(), teamId).dyad(dyadId).orElseThrow(() -> new NotFoundException("Dyad"));
        jdbc.sql("update coresponse_dyad set retired = ? where id = ? and team_id = ?")
                .params(retired, dyadId, teamId)
                .update();
        audit.record(AuditEntry.by(admin, "CORESPONSE_DYAD_RETIRED", "coresponse_team", teamId));
    }

    @Transactional(readOnly = true)
    Optional<Team> find(UUID communityId, UUID id) {
        record Row(
                UUID id,
                String nameFr,
                String nameEn,
                int version,
                String law,
                @Nullable UUID policeOrganizationId) {}
        return jdbc.sql("""
                        select id, name_fr, name_en, version, law, police_organization_id from coresponse_team
                        where community_id = ? and id = ?
                        """)
                .params(communityId, id)
                .query(Row.class)
                .optional()
                .map(row -> new Team(
                        row.id(),
                        communityId,
                        row.nameFr(),
                        row.nameEn(),
                        row.version(),
                        Law.valueOf(row.law()),
                        row.policeOrganizationId(),
                        jdbc.sql("""
                                        select organization_id from coresponse_team_partner
                                        where team_id = ? order by added_at, organization_id
                                        """).param(id).query(UUID.class).list(),
                        jdbc.sql("""
                                        select user_id, team_role, side from coresponse_member
                                        where team_id = ? order by added_at, user_id
                                        """)
                                .param(id)
                                .query((rs, n) -> new Team.Member(
                                        rs.getObject("user_id", UUID.class),
                                        TeamRole.valueOf(rs.getString("team_role")),
                                        rs.getString("side") == null ? null : Side.valueOf(rs.getString("side"))))
                                .list(),
                        jdbc.sql("""
                                        select id, label, retired from coresponse_dyad
                                        where team_id = ? order by retired, lower(label)
                                        """).param(id).query(Team.Dyad.class).list()));
    }

    private static void requireAdmin(VigiePrincipal admin) {
        if (!admin.has(Role.COMMUNITY_ADMIN)) {
            throw new AccessDeniedException("Only a community administrator sets up co-response teams");
        }
    }
}
