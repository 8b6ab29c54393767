package ca.vigie.coresponse.calls;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

    PastCalls(CallRows rows, KnownPeople people) {
        this.rows = rows;
        this.people = people;
    }

    /** Someone the team met, under the label it chose; their identity encrypted like any other. */
    public UUID person(UUID teamId, UUID communityId, UUID recordedBy, Instant metAt, NewPerson person) {
        return people.insert(teamId, communityId, recordedBy, metAt, person);
    }

    public void calls(List<Past> calls) {
        rows.insertPast(calls);
    }
}
