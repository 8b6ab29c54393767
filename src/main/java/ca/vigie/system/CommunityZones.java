package ca.vigie.system;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The time zone each community keeps. The module that owns communities answers; the calendar asks,
 * so that {@code system} depends on no business module.
 */
public interface CommunityZones {

    /** The zone the community has chosen, or empty when it has chosen none or does not exist. */
    Optional<ZoneId> chosenZone(UUID communityId);

    /** Every community, each with the zone it has chosen, or none. */
    Map<UUID, Optional<ZoneId>> allChosenZones();
}
