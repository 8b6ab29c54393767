package ca.vigie.coresponse.calls;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A call as dispatch knows it: its incident number, how it came in, when, and the unit sent (the label of
 * one of the team's dyads, when it was the team).
 */
public record Dispatched(
        @Nullable String incidentNumber,
        @Nullable CallSource source,
        @Nullable Instant receivedAt,
        @Nullable Instant dispatchedAt,
        @Nullable String unit) {}
