package ca.vigie.coresponse.teams;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.SubmissionGuard;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works in which dyad on which shift. The administrator or the team lead keeps it; the call form
 * reads it to choose the dyad on shift for the person entering a call.
 */
@Service
public class Roster {

    /** The longest shift: a day; anything longer is a typing slip. */
    static final Duration LONGEST_SHIFT = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Teams teams;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;
    private final SubmissionGuard submissions;

    Roster(JdbcClient jdbc, Teams teams, AuditTrail audit, CommunityCalendar calendar, SubmissionGuard submissions) {
        this.jdbc = jdbc;
        this.teams = teams;
        this.audit = audit;
        this.calendar = calendar;
        this.submissions = submissions;
    }

    /** An officer and a worker in a dyad from one instant to another. */
    public record Shift(UUID id, UUID dyadId, UUID officerId, UUID workerId, Instant startsAt, Instant endsAt) {

        boolean includes(UUID userId) {
            return officerId.equals(userId) || workerId.equals(userId);
        }
    }

    /** The team's shifts that end after {@code from}, the first to start first. */
    @Transactional(readOnly = true)
    public List<Shift> from(Team team, Instant from, int limit) {
        return jdbc.sql("""
                        select id, dyad_id, officer_id, worker_id, starts_at, ends_at from coresponse_shift
                        where team_id = ? and ends_at > ? order by starts_at, id limit ?
                        """)
                .params(team.id(), Timestamp.from(from), limit)
                .query(Shift.class)
                .list();
    }

    /** The dyad the person works in at this instant, if they are on a shift. */
    @Transactional(readOnly = true)
    public Optional<UUID> dyadOf(Seat seat, Instant at) {
        return jdbc.sql("""
                        select dyad_id from coresponse_shift
                        where team_id = ? and (officer_id = ? or worker_id = ?) and starts_at <= ? and ends_at > ?
                        order by starts_at desc limit 1
                        """)
                .params(
                        seat.teamId(),
                        seat.person().userId(),
                        seat.person().userId(),
                        Timestamp.from(at),
                        Timestamp.from(at))
                .query(UUID.class)
                .optional();
    }

    /**
     * A shift on the roster, its times read in the community's zone. The officer sits on the police side
     * and the worker on the health side; neither the dyad nor either person may already be on a shift
     * that overlaps it.
     */
    @Transactional
    public UUID add(
            VigiePrincipal keeper,
            UUID teamId,
            @Nullable UUID dyadId,
            @Nullable UUID officerId,
            @Nullable UUID workerId,
            @Nullable LocalDateTime starts,
            @Nullable LocalDateTime ends) {
        Team team = keptBy(keeper, teamId);
        Team.Dyad dyad = Optional.ofNullable(dyadId)
                .flatMap(team::dyad)
                .filter(d -> !d.retired())
                .orElseThrow(() -> new TeamRejection("dyadId", "validation.invalidChoice"));
        UUID officer = onSide(team, officerId, Side.POLICE, "officerId");
        UUID worker = onSide(team, workerId, Side.HEALTH, "workerId");
        if (starts == null) {
            throw new TeamRejection("startsAt", "validation.required");
        }
        if (ends == null) {
            throw new TeamRejection("endsAt", "validation.required");
        }
        ZoneId zone = calendar.zone(team.communityId());
        Instant start = starts.atZone(zone).toInstant();
        Instant end = ends.atZone(zone).toInstant();
        if (!end.isAfter(start)) {
            throw new TeamRejection("endsAt", "coresponse.roster.error.endsBeforeStart");
        }
        if (Duration.between(start, end).compareTo(LONGEST_SHIFT) > 0) {
            throw new TeamRejection("endsAt", "coresponse.roster.error.tooLong");
        }
        List<Shift> overlapping = jdbc.sql("""
                        select id, dyad_id, officer_id, worker_id, starts_at, ends_at from coresponse_shift
                        where team_id = ? and starts_at < ? and ends_at > ?
                        """)
                .params(teamId, Timestamp.from(end), Timestamp.from(start))
                .query(Shift.class)
                .list();
        if (overlapping.stream().anyMatch(s -> s.dyadId().equals(dyad.id()))) {
            throw new TeamRejection("dyadId", "coresponse.roster.error.dyadBusy");
        }
        if (overlapping.stream().anyMatch(s -> s.includes(officer))) {
            throw new TeamRejection("officerId", "coresponse.roster.error.personBusy");
        }
        if (overlapping.stream().anyMatch(s -> s.includes(worker))) {
            throw new TeamRejection("workerId", "coresponse.roster.error.personBusy");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into coresponse_shift
                            (id, team_id, community_id, dyad_id, officer_id, worker_id, starts_at, ends_at,
                             created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        teamId,
                        team.communityId(),
                        dyad.id(),
                        officer,
                        worker,
                        Timestamp.from(start),
                        Timestamp.from(end),
                        Timestamp.from(calendar.now()),
                        keeper.userId())
                .update();
        audit.record(AuditEntry.by(keeper, "CORESPONSE_SHIFT_ADDED", "coresponse_team", teamId));
        return id;
    }

    /** A shift from a form: added once, however often the form is sent. */
    @Transactional
    public UUID add(
            VigiePrincipal keeper,
            UUID teamId,
            @Nullable UUID dyadId,
            @Nullable UUID officerId,
            @Nullable UUID workerId,
            @Nullable LocalDateTime starts,
            @Nullable LocalDateTime ends,
            UUID formToken) {
        return submissions.once(formToken, () -> add(keeper, teamId, dyadId, officerId, workerId, starts, ends));
    }

    @Transactional
    public void remove(VigiePrincipal keeper, UUID teamId, UUID shiftId) {
        keptBy(keeper, teamId);
        int removed = jdbc.sql("delete from coresponse_shift where id = ? and team_id = ?")
                .params(shiftId, teamId)
                .update();
        if (removed == 0) {
            throw new NotFoundException("Shift");
        }
        audit.record(AuditEntry.by(keeper, "CORESPONSE_SHIFT_REMOVED", "coresponse_team", teamId));
    }

    /** The team, if the person keeps its roster: the community's administrator or the team's lead. */
    @Transactional(readOnly = true)
    public Team keptBy(VigiePrincipal keeper, UUID teamId) {
        if (keeper.has(Role.COMMUNITY_ADMIN)) {
            return teams.get(keeper.communityId(), teamId);
        }
        Seat seat = teams.seat(keeper, teamId);
        if (!seat.leads()) {
            throw new AccessDeniedException("Only the team lead keeps the roster");
        }
        return seat.team();
    }

    private static UUID onSide(Team team, @Nullable UUID userId, Side side, String field) {
        return Optional.ofNullable(userId)
                .flatMap(team::member)
                .filter(m -> m.side() == side)
                .map(Team.Member::userId)
                .orElseThrow(() -> new TeamRejection(field, "validation.invalidChoice"));
    }
}
