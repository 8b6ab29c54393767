package ca.vigie.coresponse.calls;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.Team;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.AreaRef;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.system.SubmissionGuard;
import ca.vigie.system.Text;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's first-line calls, as the dyads record them in the field or complete what dispatch sent.
 * Only members in the field read or write them; for anyone else a call does not exist.
 */
@Service
public class Calls {

    public static final int INCIDENT_MAX = 40;
    public static final int PAGE_SIZE = 50;

    private final CallRows rows;
    private final KnownPeople people;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;
    private final FiguresChanged figures;

    Calls(
            FiguresChanged figures,
            CallRows rows,
            KnownPeople people,
            OrganizationDirectory directory,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar) {
        this.rows = rows;
        this.people = people;
        this.directory = directory;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
        this.figures = figures;
    }

    /** A line of the team's list of calls; the person appears by the label the team chose. */
    public record Line(
            UUID id,
            Instant receivedAt,
            String incidentNumber,
            CallSource source,
            @Nullable UUID dyadId,
            @Nullable Disposition disposition,
            boolean complete,
            @Nullable String personLabel,
            @Nullable UUID personId) {}

    /** One page of the team's calls, the latest received first; those still to complete first when asked. */
    @Transactional(readOnly = true)
    public List<Line> page(Seat seat, boolean toCompleteOnly, int page) {
        inTheField(seat);
        return rows.page(seat.teamId(), toCompleteOnly, Math.max(0, page) * PAGE_SIZE, PAGE_SIZE + 1).stream()
                .map(row -> new Line(
                        row.id(),
                        row.receivedAt(),
                        row.incidentNumber(),
                        row.source(),
                        row.dyadId(),
                        row.disposition(),
                        row.complete(),
                        row.personId() == null ? null : people.label(seat.teamId(), row.personId()),
                        row.personId()))
                .toList();
    }

    /** The calls the team had with one of its people, the latest first, at most a hundred. */
    @Transactional(readOnly = true)
    public List<Line> ofPerson(Seat seat, UUID personId) {
        inTheField(seat);
        String label = people.label(seat, personId);
        return rows.ofPerson(seat.teamId(), personId, 100).stream()
                .map(row -> new Line(
                        row.id(),
                        row.receivedAt(),
                        row.incidentNumber(),
                        row.source(),
                        row.dyadId(),
                        row.disposition(),
                        row.complete(),
                        label,
                        personId))
                .toList();
    }

    /** A call of the team, its reading written to the audit trail. */
    @Transactional
    public Call get(Seat seat, UUID callId) {
        inTheField(seat);
        Call call = rows.find(seat.teamId(), callId).orElseThrow(() -> new NotFoundException("Call"));
        audit.recordRead(seat.person(), "coresponse_call", callId, "call read");
        return call;
    }

    /**
     * Records a call from the field, once per form however often it is sent. A person met for the first
     * time is recorded with it.
     */
    @Transactional
    public UUID record(Seat seat, CallFacts facts, NewPerson person, UUID formToken) {
        inTheField(seat);
        return submissions.once(formToken, () -> {
            CallFacts checked = withPerson(seat, check(seat, facts, null), person);
            UUID id = rows.insert(seat, Origin.FIELD, checked);
            audit.record(AuditEntry.by(seat.person(), "CORESPONSE_CALL_RECORDED", "coresponse_call", id));
            figures.on(seat.communityId(), List.of(checked.times().receivedAt()));
            return id;
        });
    }

    /** Saves a call as edited, from the version the person saw; a concurrent edit is refused. */
    @Transactional
    public void update(Seat seat, UUID callId, CallFacts facts, NewPerson person, int expectedVersion) {
        inTheField(seat);
        Call current = rows.find(seat.teamId(), callId).orElseThrow(() -> new NotFoundException("Call"));
        CallFacts checked = withPerson(seat, check(seat, facts, current), person);
        if (!rows.update(seat, callId, checked, expectedVersion)) {
            throw new StaleEditException("coresponse_call");
        }
        audit.record(AuditEntry.by(seat.person(), "CORESPONSE_CALL_UPDATED", "coresponse_call", callId));
        figures.on(
                seat.communityId(),
                List.of(current.facts().times().receivedAt(), checked.times().receivedAt()));
    }

    /** The call the team holds under a dispatch incident number, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> byIncident(Seat seat, String incidentNumber) {
        inTheField(seat);
        return rows.byIncident(seat.teamId(), incidentNumber.strip());
    }

    private CallFacts check(Seat seat, CallFacts facts, @Nullable Call current) {
        Team team = seat.team();
        CallFacts was = current == null ? null : current.facts();
        if (facts.dyadId() == null
                || team.dyad(facts.dyadId())
                        .filter(d ->
                                !d.retired() || (was != null && facts.dyadId().equals(was.dyadId())))
                        .isEmpty()) {
            throw new CallRejection("dyadId", "validation.invalidChoice");
        }
        String incident = facts.incident();
        if (Text.hasUnreadable(incident)) {
            throw new CallRejection("incidentNumber", "text.unreadable");
        }
        if (incident.length() > INCIDENT_MAX) {
            throw new CallRejection("incidentNumber", "text.tooLong", INCIDENT_MAX);
        }
        if (!incident.isEmpty()
                && rows.byIncident(team.id(), incident)
                        .filter(other -> current == null || !other.equals(current.id()))
                        .isPresent()) {
            throw new CallRejection("incidentNumber", "coresponse.call.error.incidentTaken");
        }
        if (facts.source() == null) {
            throw new CallRejection("source", "validation.required");
        }
        facts.times().check(calendar.now(), facts.disposition());
        if (facts.areaId() != null) {
            boolean usable = directory.areas(seat.communityId()).stream()
                    .filter(area -> area.id().equals(facts.areaId()))
                    .anyMatch(area ->
                            !area.retired() || (was != null && facts.areaId().equals(was.areaId())));
            if (!usable) {
                throw new CallRejection("areaId", "validation.invalidChoice");
            }
        }
        if (facts.disposition() == Disposition.APPREHENSION && facts.apprehensionBasis() == null) {
            throw new CallRejection("apprehensionBasis", "coresponse.call.error.basisRequired");
        }
        if (facts.apprehensionBasis() != null) {
            if (facts.disposition() != Disposition.APPREHENSION) {
                throw new CallRejection("apprehensionBasis", "coresponse.call.error.basisWithoutApprehension");
            }
            if (facts.apprehensionBasis().law() != team.law()) {
                throw new CallRejection("apprehensionBasis", "validation.invalidChoice");
            }
        }
        boolean samePerson =
                was != null && facts.personId() != null && facts.personId().equals(was.personId());
        if (facts.personId() != null && !samePerson && !people.isOfTeam(team.id(), facts.personId())) {
            throw new CallRejection("personId", "validation.invalidChoice");
        }
        return facts.with(incident.isEmpty() ? null : incident, facts.personId());
    }

    private CallFacts withPerson(Seat seat, CallFacts facts, NewPerson person) {
        if (person.isEmpty()) {
            return facts;
        }
        if (facts.personId() != null) {
            throw new CallRejection("personLabel", "coresponse.person.error.both");
        }
        UUID added = people.add(seat, person);
        return facts.with(facts.incidentNumber(), added);
    }

    /** The community's areas a call may be placed in: those in use, and the call's own if retired since. */
    @Transactional(readOnly = true)
    public List<AreaRef> areas(Seat seat, @Nullable UUID current) {
        return directory.areas(seat.communityId()).stream()
                .filter(area -> !area.retired() || area.id().equals(current))
                .toList();
    }

    private static void inTheField(Seat seat) {
        if (!seat.inTheField()) {
            throw new NotFoundException("Call");
        }
    }
}
