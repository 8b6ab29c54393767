package ca.vigie.coresponse.notes;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A note as its reader sees it: who may read it ({@code POLICE}, {@code HEALTH} or {@code TEAM}), what
 * it says, who wrote it and when; for a note passed from the other side, the basis it came under.
 */
public record Note(
        UUID id,
        String audience,
        String body,
        UUID writtenBy,
        Instant writtenAt,
        @Nullable SharingBasis sharedUnder) {

    public boolean team() {
        return "TEAM".equals(audience);
    }
}
