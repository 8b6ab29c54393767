package ca.vigie.situations.cases;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.indicators.ComputedSourceChanged;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.SituationSources;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.ReferenceValue;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.situations.tables.SituationTable;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.FieldEncryption;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.system.SubmissionGuard;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filter 4: the chair forms the intervention team of an accepted situation, a lead organisation and
 * assisting ones among those that hold its identifying details; from then on only the team's
 * representatives see those details and the team's notes, which are encrypted and whose every
 * reading is audited.
 */
@Service
public class Interventions {

    static final int MAX_NOTE = 4000;

    private final SituationAccess access;
    private final JdbcClient jdbc;
    private final Situations situations;
    private final SituationReference reference;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;
    private final ApplicationEventPublisher events;

    Interventions(
            JdbcClient jdbc,
            Situations situations,
            SituationReference reference,
            FieldEncryption encryption,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar,
            ApplicationEventPublisher events,
            SituationAccess access) {
        this.access = access;
        this.submissions = submissions;
        this.jdbc = jdbc;
        this.situations = situations;
        this.reference = reference;
        this.encryption = encryption;
        this.audit = audit;
        this.events = events;
        this.calendar = calendar;
    }

    /** The planned intervention: the day, and the team organisations that go. */
    public record Plan(@Nullable LocalDate on, Set<UUID> going) {}

    /** A note of the team: who wrote it, for which organisation, when, and what it says. */
    public record Note(UUID id, @Nullable UUID authorId, UUID authorOrganizationId, Instant writtenAt, String body) {}

    /**
     * The organisations that may join the team: the originating one and those the details were
     * revealed to, while their agreement is in force.
     */
    @Transactional(readOnly = true)
    public Set<UUID> candidates(VigiePrincipal who, Situation situation) {
        SituationTable table = access.seat(who, situation.tableId()).table();
        LocalDate today = calendar.today(who.communityId());
        Set<UUID> candidates = new java.util.LinkedHashSet<>();
        candidates.add(situation.originatingOrganizationId());
        candidates.addAll(jdbc.sql("select organization_id from situation_disclosure where situation_id = ?")
                .param(situation.id())
                .query(UUID.class)
                .list());
        return candidates.stream()
                .filter(organization -> table.mayReceiveIdentifyingInformation(organization, today))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    @Transactional
    public void formTeam(VigiePrincipal who, UUID situationId, @Nullable UUID lead, List<UUID> assisting) {
        Situation situation = situations.get(who, situationId);
        if (!access.isChair(who, situation.tableId())) {
            throw new AccessDeniedException("Only the table's chair forms the intervention team");
        }
        if (!situation.stage().mayMoveTo(Stage.INTERVENTION)) {
            throw new SituationRejection("lead", "interventions.notAccepted");
        }
        Set<UUID> candidates = candidates(who, situation);
        if (lead == null) {
            throw new SituationRejection("lead", "validation.required");
        }
        if (!candidates.contains(lead)) {
            throw new SituationRejection("lead", "interventions.notCandidate");
        }
        if (!candidates.containsAll(assisting)) {
            throw new SituationRejection("assisting", "interventions.notCandidate");
        }
        int changed = jdbc.sql("""
                        update situation set stage = ?, version = version + 1, updated_at = ?
                        where id = ? and stage = ? and version = ?
                        """)
                .params(
                        Stage.INTERVENTION.name(),
                        Timestamp.from(calendar.now()),
                        situationId,
                        Stage.ACCEPTED.name(),
                        situation.version())
                .update();
        if (changed == 0) {
            throw new SituationRejection("lead", "interventions.notAccepted");
        }
        Map<UUID, TeamRole> team = new LinkedHashMap<>();
        team.put(lead, TeamRole.LEAD);
        assisting.forEach(organization -> team.putIfAbsent(organization, TeamRole.ASSISTING));
        team.forEach((organization, role) -> jdbc.sql("""
                        insert into situation_team_member (situation_id, community_id, organization_id, team_role)
                        values (?, ?, ?, ?)
                        """)
                .params(situationId, who.communityId(), organization, role.name())
                .update());
        audit.record(AuditEntry.by(who, "SITUATION_TEAM_FORMED", "situation", situationId));
    }

    /** The team, lead first; every representative at the table may know who acts. */
    @Transactional(readOnly = true)
    public Map<UUID, TeamRole> team(UUID situationId) {
        Map<UUID, TeamRole> team = new LinkedHashMap<>();
        jdbc.sql("""
                        select organization_id, team_role from situation_team_member where situation_id = ?
                        order by team_role desc, organization_id
                        """)
                .param(situationId)
                .query((rs, row) -> team.put(
                        rs.getObject("organization_id", UUID.class), TeamRole.valueOf(rs.getString("team_role"))))
                .list();
        return team;
    }

    /** A team member adds a note; the same form submitted again adds nothing. */
    @Transactional
    public UUID addNote(VigiePrincipal who, UUID situationId, String body, UUID formToken) {
        Situation situation = teamSituation(who, situationId, true);
        if (body.isBlank()) {
            throw new SituationRejection("body", "validation.required");
        }
        if (body.strip().length() > MAX_NOTE) {
            throw new SituationRejection("body", "text.tooLong", MAX_NOTE);
        }
        return submissions.once(formToken, () -> writeNote(who, situation, body));
    }

    private UUID writeNote(VigiePrincipal who, Situation situation, String body) {
        UUID situationId = situation.id();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into situation_team_note
                            (id, situation_id, community_id, author_id, author_organization_id, written_at, body)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        situationId,
                        who.communityId(),
                        who.userId(),
                        access.seat(who, situation.tableId()).organizationId(),
                        Timestamp.from(calendar.now()),
                        encryption.encrypt(body.strip(), binding(id)))
                .update();
        audit.record(AuditEntry.by(who, "SITUATION_TEAM_NOTE_ADDED", "situation", situationId));
        return id;
    }

    /** The team's notes, newest first, for the team alone; the reading is audited. */
    @Transactional
    public List<Note> notes(VigiePrincipal who, UUID situationId) {
        teamSituation(who, situationId, false);
        List<Note> notes = jdbc.sql("""
                        select * from situation_team_note where situation_id = ? and destroyed_at is null
                        order by written_at desc
                        """)
                .param(situationId)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Note(
                            id,
                            rs.getObject("author_id", UUID.class),
                            rs.getObject("author_organization_id", UUID.class),
                            rs.getTimestamp("written_at").toInstant(),
                            encryption.decrypt(rs.getBytes("body"), binding(id)));
                })
                .list();
        audit.recordRead(who, "situation", situationId, "team notes read");
        return notes;
    }

    /** The services the team mobilised: a team member records them; the list recorded replaces the last. */
    @Transactional
    public void recordServices(VigiePrincipal who, UUID situationId, List<UUID> services) {
        teamSituation(who, situationId, true);
        Set<UUID> inUse = reference.choices(who.communityId(), ReferenceList.SERVICE).stream()
                .map(ReferenceValue::id)
                .collect(Collectors.toSet());
        if (!inUse.containsAll(services)) {
            throw new SituationRejection("services", "validation.invalidChoice");
        }
        jdbc.sql("delete from situation_service where situation_id = ?")
                .param(situationId)
                .update();
        services.stream()
                .distinct()
                .forEach(service -> jdbc.sql("""
                                insert into situation_service (situation_id, community_id, reference_id)
                                values (?, ?, ?)
                                """)
                        .params(situationId, who.communityId(), service)
                        .update());
        audit.record(AuditEntry.by(who, "SITUATION_SERVICES_RECORDED", "situation", situationId));
    }

    /** The services mobilised; de-identified, every representative at the table may know them. */
    @Transactional(readOnly = true)
    public List<UUID> services(UUID situationId) {
        return jdbc.sql("select reference_id from situation_service where situation_id = ?")
                .param(situationId)
                .query(UUID.class)
                .list();
    }

    /** The intervention as planned; de-identified, every representative at the table may know it. */
    @Transactional(readOnly = true)
    public Plan plan(UUID situationId) {
        LocalDate on = jdbc.sql("select intervention_on from situation where id = ?")
                .param(situationId)
                .query((rs, row) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate())
                .optional()
                .orElse(null);
        Set<UUID> going =
                Set.copyOf(jdbc.sql("select organization_id from situation_team_member where situation_id = ? and goes")
                        .param(situationId)
                        .query(UUID.class)
                        .list());
        return new Plan(on, going);
    }

    /**
     * A team member plans the intervention: a day from the decision on, and which of the team's
     * organisations go. The plan replaces the previous one, unless someone changed the situation since
     * the form was shown.
     */
    @Transactional
    public void planIntervention(
            VigiePrincipal who, UUID situationId, @Nullable LocalDate on, List<UUID> going, int expectedVersion) {
        Situation situation = teamSituation(who, situationId, true);
        if (on == null) {
            throw new SituationRejection("interventionOn", "validation.required");
        }
        if (situation.decision() != null
                && on.isBefore(situation
                        .decision()
                        .decidedAt()
                        .atZone(calendar.zone(who.communityId()))
                        .toLocalDate())) {
            throw new SituationRejection("interventionOn", "interventions.plan.beforeDecision");
        }
        Set<UUID> team = team(situationId).keySet();
        if (going.isEmpty()) {
            throw new SituationRejection("going", "interventions.plan.nobody");
        }
        if (!team.containsAll(going)) {
            throw new SituationRejection("going", "validation.invalidChoice");
        }
        int changed = jdbc.sql("""
                        update situation set intervention_on = ?, version = version + 1, updated_at = ?
                        where id = ? and stage = ? and version = ?
                        """)
                .params(
                        java.sql.Date.valueOf(on),
                        Timestamp.from(calendar.now()),
                        situationId,
                        Stage.INTERVENTION.name(),
                        expectedVersion)
                .update();
        if (changed == 0) {
            throw new StaleEditException("Situation");
        }
        jdbc.sql("update situation_team_member set goes = organization_id = any(?) where situation_id = ?")
                .params(going.toArray(UUID[]::new), situationId)
                .update();
        audit.record(AuditEntry.by(who, "SITUATION_INTERVENTION_PLANNED", "situation", situationId));
    }

    /** The chair records the conclusion, with a reason in use and a date between tabling and today. */
    @Transactional
    public void conclude(
            VigiePrincipal who, UUID situationId, @Nullable UUID reasonId, @Nullable LocalDate concludedOn) {
        Situation situation = situations.get(who, situationId);
        if (!access.isChair(who, situation.tableId())) {
            throw new AccessDeniedException("Only the table's chair records a conclusion");
        }
        if (!situation.stage().mayMoveTo(Stage.CONCLUDED)) {
            throw new SituationRejection("reasonId", "interventions.conclusion.notIntervention");
        }
        boolean reasonInUse = reasonId != null
                && reference.choices(who.communityId(), ReferenceList.CONCLUSION_REASON).stream()
                        .anyMatch(value -> value.id().equals(reasonId));
        if (!reasonInUse) {
            throw new SituationRejection("reasonId", "validation.required");
        }
        LocalDate today = calendar.today(who.communityId());
        if (concludedOn == null) {
            throw new SituationRejection("concludedOn", "validation.required");
        }
        // A situation concludes after the table accepted it, so that its days to conclusion are never negative.
        LocalDate accepted = situation.decision() == null
                ? situation.openedAt().atZone(calendar.zone(who.communityId())).toLocalDate()
                : situation
                        .decision()
                        .decidedAt()
                        .atZone(calendar.zone(who.communityId()))
                        .toLocalDate();
        if (concludedOn.isAfter(today) || concludedOn.isBefore(accepted)) {
            throw new SituationRejection("concludedOn", "interventions.conclusion.date");
        }
        int changed = jdbc.sql("""
                        update situation set stage = ?, conclusion_reason_id = ?, concluded_on = ?,
                            version = version + 1, updated_at = ?
                        where id = ? and stage = ? and version = ?
                        """)
                .params(
                        Stage.CONCLUDED.name(),
                        reasonId,
                        java.sql.Date.valueOf(concludedOn),
                        Timestamp.from(calendar.now()),
                        situationId,
                        Stage.INTERVENTION.name(),
                        situation.version())
                .update();
        if (changed == 0) {
            throw new SituationRejection("reasonId", "interventions.conclusion.notIntervention");
        }
        audit.record(AuditEntry.by(who, "SITUATION_CONCLUDED", "situation", situationId));
        events.publishEvent(
                new ComputedSourceChanged(who.communityId(), SituationSources.RISK_LOWERED_SHARE, concludedOn));
    }

    /** A situation whose team the person is on: while it acts, or, to read, once concluded too. */
    private Situation teamSituation(VigiePrincipal who, UUID situationId, boolean writing) {
        Situation situation = situations.get(who, situationId);
        boolean open = situation.stage() == Stage.INTERVENTION || (!writing && situation.stage() == Stage.CONCLUDED);
        if (!open || !access.onTeam(who, situation)) {
            throw new NotFoundException("Team notes");
        }
        return situation;
    }

    private static String binding(UUID noteId) {
        return "situation_team_note.body:" + noteId;
    }
}
