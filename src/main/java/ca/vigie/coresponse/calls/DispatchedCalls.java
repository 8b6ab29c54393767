package ca.vigie.coresponse.calls;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.coresponse.teams.Team;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls that dispatch sends, by its export or through the API: each arrives with what dispatch knows and
 * waits for the dyad to complete it. An incident number the team already holds is already there and
 * changes nothing, so sending the same call twice, or importing the same file twice, adds nothing.
 */
@Service
public class DispatchedCalls {

    /** The sources a dispatch system can give: what came through it. */
    public static final Set<CallSource> SOURCES = Set.of(CallSource.DISPATCH_911, CallSource.PATROL_REQUEST);

    private final CallRows rows;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;
    private final FiguresChanged figures;

    DispatchedCalls(CallRows rows, AuditTrail audit, CommunityCalendar calendar, FiguresChanged figures) {
        this.rows = rows;
        this.audit = audit;
        this.calendar = calendar;
        this.figures = figures;
    }

    /** The team's call for the incident, and whether this arrival created it. */
    public record Received(UUID callId, boolean created) {}

    /** Refuses the first value out of place, by its field; nothing is written. */
    public static void check(Dispatched call, java.time.Instant now) {
        String incident =
                call.incidentNumber() == null ? "" : call.incidentNumber().strip();
        if (incident.isEmpty()) {
            throw new CallRejection("incidentNumber", "validation.required");
        }
        if (Text.hasUnreadable(incident)) {
            throw new CallRejection("incidentNumber", "text.unreadable");
        }
        if (incident.length() > Calls.INCIDENT_MAX) {
            throw new CallRejection("incidentNumber", "text.tooLong", Calls.INCIDENT_MAX);
        }
        if (call.source() == null || !SOURCES.contains(call.source())) {
            throw new CallRejection("source", "validation.invalidChoice");
        }
        if (call.unit() != null
                && (Text.hasUnreadable(call.unit()) || call.unit().length() > 60)) {
            throw new CallRejection("unit", "validation.invalidChoice");
        }
        new CallTimes(call.receivedAt(), call.dispatchedAt(), null, null, null, null).check(now, null);
    }

    /**
     * The call for a dispatched incident: created for the team if it is new, else the one it holds. A
     * creation is written to the audit trail with who sent it ({@code sentBy}).
     */
    @Transactional
    public Received receive(Team team, Origin origin, Dispatched call, String sentBy) {
        check(call, calendar.now());
        String incident = call.incidentNumber().strip();
        Optional<UUID> held = rows.byIncident(team.id(), incident);
        if (held.isPresent()) {
            return new Received(held.get(), false);
        }
        CallFacts facts = new CallFacts(
                dyad(team, call.unit()),
                incident,
                call.source(),
                null,
                new CallTimes(call.receivedAt(), call.dispatchedAt(), null, null, null, null),
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null);
        return rows.insertIfNew(team.id(), team.communityId(), origin, facts)
                .map(id -> {
                    figures.on(team.communityId(), List.of(facts.times().receivedAt()));
                    audit.record(
                            AuditEntry.bySystem(team.communityId(), "CORESPONSE_CALL_RECEIVED", "coresponse_call", id)
                                    .withPurpose(sentBy));
                    return new Received(id, true);
                })
                .orElseGet(
                        () -> new Received(rows.byIncident(team.id(), incident).orElseThrow(), false));
    }

    /** How many calls an import created, and how many the team already held. */
    public record Arrivals(int created, int alreadyThere) {}

    /**
     * The calls of an import, checked already: those the team does not hold are created in one batch, the
     * others left as they are.
     */
    @Transactional
    public Arrivals receiveAll(Team team, Origin origin, List<Dispatched> calls) {
        List<CallFacts> fresh = new ArrayList<>();
        Set<String> held = rows.heldIncidents(
                team.id(),
                calls.stream().map(call -> call.incidentNumber().strip()).toList());
        for (Dispatched call : calls) {
            String incident = call.incidentNumber().strip();
            if (held.add(incident)) {
                fresh.add(new CallFacts(
                        dyad(team, call.unit()),
                        incident,
                        call.source(),
                        null,
                        new CallTimes(call.receivedAt(), call.dispatchedAt(), null, null, null, null),
                        null,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        null,
                        null));
            }
        }
        int created = rows.insertAllIfNew(team.id(), team.communityId(), origin, fresh);
        return new Arrivals(created, calls.size() - created);
    }

    /** The team's dyad whose label is the unit dispatch sent, if it is one of them. */
    public static @Nullable UUID dyad(Team team, @Nullable String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        return team.activeDyads().stream()
                .filter(d -> d.label().equalsIgnoreCase(unit.strip()))
                .map(Team.Dyad::id)
                .findFirst()
                .orElse(null);
    }
}
