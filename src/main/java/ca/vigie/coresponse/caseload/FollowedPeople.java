package ca.vigie.coresponse.caseload;

import ca.vigie.coresponse.teams.Seat;
import ca.vigie.system.NotFoundException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The check every follow-up record starts with: a member in the field, and a person of the team; one
 * whose details were destroyed can be read about but takes no new record.
 */
@Component
class FollowedPeople {

    private final JdbcClient jdbc;

    FollowedPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void require(Seat seat, UUID personId, boolean toWrite) {
        if (!seat.inTheField()) {
            throw new NotFoundException("Person");
        }
        boolean known = jdbc.sql("""
                        select exists (select 1 from coresponse_person
                                       where team_id = ? and id = ? and (not ? or destroyed_at is null))
                        """)
                .params(seat.teamId(), personId, toWrite)
                .query(Boolean.class)
                .single();
        if (!known) {
            throw new NotFoundException("Person");
        }
    }
}
