package ca.vigie.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one place that knows what time it is. An instant is the same everywhere; a business date
 * ("today", a due date, a deadline, a reporting period, a file name) is the community's calendar day
 * in the community's own time zone, never the server's or UTC's.
 */
@Component
public class CommunityCalendar {

    private final Clock clock;
    private final CommunityZones zones;
    private final ZoneId defaultZone;

    CommunityCalendar(Clock clock, CommunityZones zones, VigieProperties properties) {
        this.clock = clock;
        this.zones = zones;
        this.defaultZone = properties.zone();
    }

    /** This instant, to be stored as {@code timestamptz}. */
    public Instant now() {
        return clock.instant();
    }

    /** The community's zone: the one its administrator chose, else the deployment's default. */
    public ZoneId zone(UUID communityId) {
        return zones.chosenZone(communityId).orElse(defaultZone);
    }

    /** The deployment's default zone, for a community that has not chosen one and pages outside any. */
    public ZoneId defaultZone() {
        return defaultZone;
    }

    /** The community's calendar date at this instant. */
    public LocalDate today(UUID communityId) {
        return LocalDate.ofInstant(now(), zone(communityId));
    }

    /** The community's wall-clock date and time at this instant. */
    public ZonedDateTime now(UUID communityId) {
        return now().atZone(zone(communityId));
    }

    /** The start of a community's calendar day, as an instant (23 or 25 hours from the next on a change of time). */
    public Instant startOf(UUID communityId, LocalDate day) {
        return day.atStartOfDay(zone(communityId)).toInstant();
    }

    /** Every community with its zone, for work that runs at each community's own hour. */
    public Map<UUID, ZoneId> communityZones() {
        Map<UUID, ZoneId> all = new LinkedHashMap<>();
        zones.allChosenZones().forEach((id, chosen) -> all.put(id, chosen.orElse(defaultZone)));
        return all;
    }
}
