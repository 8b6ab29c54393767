package ca.vigie.plans.cycles;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A responsible person's structured update on one item for one cycle. */
public record ItemUpdate(
        UUID id,
        UUID cycleId,
        UUID itemId,
        @Nullable UUID authorId,
        @Nullable String statusCode,
        @Nullable Integer progress,
        String accomplishments,
        String nextSteps,
        String blockers,
        Instant submittedAt,
        int version) {

    /** What the person typed. */
    public record Content(
            @Nullable String statusCode,
            @Nullable Integer progress,
            String accomplishments,
            String nextSteps,
            String blockers) {}
}
