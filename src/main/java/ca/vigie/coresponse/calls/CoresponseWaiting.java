package ca.vigie.coresponse.calls;

import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.Waiting;
import ca.vigie.organizations.WaitingWork;
import ca.vigie.system.CommunityCalendar;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a mixed team has waiting for a member in the field: the calls still to complete (urgent once one
 * has waited a day) and their next shift. Nothing names a person.
 */
@Component
class CoresponseWaiting implements WaitingWork {

    /** A call left open longer than this is urgent: the details fade from memory. */
    static final Duration STALE = Duration.ofHours(24);

    private final Teams teams;
    private final JdbcClient jdbc;
    private final CommunityCalendar calendar;

    CoresponseWaiting(Teams teams, JdbcClient jdbc, CommunityCalendar calendar) {
        this.teams = teams;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Waiting> waitingFor(VigiePrincipal who) {
        if (!who.has(Role.CORESPONSE_OFFICER) && !who.has(Role.CORESPONSE_WORKER) && !who.has(Role.CORESPONSE_LEAD)) {
            return List.of();
        }
        List<Waiting> waiting = new ArrayList<>();
        Instant now = calendar.now();
        for (Seat seat : teams.seatsOf(who)) {
            if (!seat.inTheField()) {
                continue;
            }
            String calls = "/coresponse/teams/" + seat.teamId() + "/calls";
            if (seat.leads()) {
                long proposals = jdbc.sql("""
                                select count(*) from coresponse_enrolment
                                where team_id = ? and (state = 'PROPOSED' or (state = 'DEFERRED' and deferred_to <= ?))
                                """)
                        .params(seat.teamId(), java.sql.Date.valueOf(calendar.today(who.communityId())))
                        .query(Long.class)
                        .single();
                if (proposals > 0) {
                    waiting.add(Waiting.about(
                            Role.Area.CORESPONSE,
                            "home.coresponse.proposals",
                            proposals,
                            seat.team().nameFr(),
                            seat.team().nameEn(),
                            null,
                            "/coresponse/teams/" + seat.teamId() + "/committee",
                            false));
                }
            }
            jdbc.sql("""
                            select count(*) as open, min(received_at) as oldest from coresponse_call
                            where team_id = ? and (cleared_at is null or disposition is null)
                            """)
                    .param(seat.teamId())
                    .query((rs, n) -> {
                        long open = rs.getLong("open");
                        Timestamp oldest = rs.getTimestamp("oldest");
                        if (open > 0) {
                            waiting.add(Waiting.about(
                                    Role.Area.CORESPONSE,
                                    "home.coresponse.toComplete",
                                    open,
                                    seat.team().nameFr(),
                                    seat.team().nameEn(),
                                    null,
                                    calls + "?open=true",
                                    oldest != null && oldest.toInstant().isBefore(now.minus(STALE))));
                        }
                        return open;
                    })
                    .single();
            jdbc.sql("""
                            select min(starts_at) from coresponse_shift
                            where team_id = ? and (officer_id = ? or worker_id = ?) and ends_at > ?
                            """)
                    .params(seat.teamId(), who.userId(), who.userId(), Timestamp.from(now))
                    .query(Timestamp.class)
                    .optional()
                    .ifPresent(next -> {
                        LocalDate day = LocalDate.ofInstant(next.toInstant(), calendar.zone(who.communityId()));
                        waiting.add(Waiting.about(
                                Role.Area.CORESPONSE,
                                "home.coresponse.nextShift",
                                1,
                                seat.team().nameFr(),
                                seat.team().nameEn(),
                                day,
                                "/coresponse/teams/" + seat.teamId() + "/roster",
                                false));
                    });
        }
        return waiting;
    }
}
