package ca.vigie.coresponse.calls;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records calls a team answered before it used Vigie, and the people it met then, each dated when it
 * happened. Nothing here checks who may act or asks the clock: it is for bringing a history in, which
 * the demo does for its fictional team. The facts are written as given, so they must already follow the
 * rules a call typed today follows.
 */
@Service
@Transactional
public class PastCalls {

    /** A call as it was recorded, by whom and from where. */
    public record Past(UUID teamId, UUID communityId, UUID recordedBy, Origin origin, CallFacts facts) {}

    private final CallRows rows;
    private final KnownPeople people;
    private final JdbcTemplate batch;

    PastCalls(CallRows rows, KnownPeople people, JdbcTemplate batch) {
        this.rows = rows;
        this.people = people;
        this.batch = batch;
    }

    /** Someone the team met, under the label it chose; their identity encrypted like any other. */
    public UUID person(UUID teamId, UUID communityId, UUID recordedBy, Instant metAt, NewPerson person) {
        return people.insert(teamId, communityId, recordedBy, metAt, person);
    }

    public void calls(List<Past> calls) {
        rows.insertPast(calls);
    }

    /** A mental-health incident of dispatch's past exports, the team's or another unit's. */
    public record Incident(String number, Instant receivedAt, boolean byTeam) {}

    /** Keeps dispatch's past incidents, for the share of mental-health calls the team handled. */
    public void incidents(UUID teamId, UUID communityId, List<Incident> incidents) {
        batch.batchUpdate(
                """
                insert into coresponse_dispatch_incident
                    (team_id, community_id, incident_number, received_at, by_team, imported_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing
                """,
                incidents.stream()
                        .map(incident -> new Object[] {
                            teamId,
                            communityId,
                            incident.number(),
                            Timestamp.from(incident.receivedAt()),
                            incident.byTeam(),
                            Timestamp.from(incident.receivedAt())
                        })
                        .toList());
    }
}
