package ca.vigie.coresponse.calls;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A call as recorded, with where its record came from and the version an edit starts from. */
public record Call(UUID id, UUID teamId, Origin origin, CallFacts facts, int version) {

    /** A call is complete once it is cleared with a disposition; until then it waits for the dyad. */
    public boolean complete() {
        return facts.times().clearedAt() != null && facts.disposition() != null;
    }

    /** Whether the team kept the person from what would otherwise have happened; unknown until complete. */
    public @Nullable Boolean diverted() {
        return facts.withoutTeam() == null || facts.disposition() == null
                ? null
                : facts.withoutTeam().divertedBy(facts.disposition());
    }
}
