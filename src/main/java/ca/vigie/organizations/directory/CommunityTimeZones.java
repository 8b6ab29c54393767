package ca.vigie.organizations.directory;

import ca.vigie.system.CommunityZones;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The zone each community chose. Asked on nearly every request, so a community's answer is kept for a
 * minute: the node where an administrator changes it forgets it at once, the others within the minute.
 */
@Component
class CommunityTimeZones implements CommunityZones {

    private static final Duration KEPT_FOR = Duration.ofMinutes(1);

    private record Known(Optional<ZoneId> zone, long loadedAtNanos) {}

    private final JdbcClient jdbc;
    private final Map<UUID, Known> known = new ConcurrentHashMap<>();

    CommunityTimeZones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ZoneId> chosenZone(UUID communityId) {
        Known answer = known.get(communityId);
        if (answer == null || System.nanoTime() - answer.loadedAtNanos() > KEPT_FOR.toNanos()) {
            answer = new Known(load(communityId), System.nanoTime());
            known.put(communityId, answer);
        }
        return answer.zone();
    }

    @Override
    public Map<UUID, Optional<ZoneId>> allChosenZones() {
        Map<UUID, Optional<ZoneId>> all = new LinkedHashMap<>();
        jdbc.sql("select id, time_zone from community order by created_at, id")
                .query((rs, row) -> {
                    all.put(rs.getObject("id", UUID.class), parse(rs.getString("time_zone")));
                    return row;
                })
                .list();
        return all;
    }

    void forget(UUID communityId) {
        known.remove(communityId);
    }

    private Optional<ZoneId> load(UUID communityId) {
        return jdbc.sql("select time_zone from community where id = ?")
                .param(communityId)
                .query((rs, row) -> parse(rs.getString(1)))
                .optional()
                .flatMap(zone -> zone);
    }

    private static Optional<ZoneId> parse(@Nullable String zone) {
        return zone == null ? Optional.empty() : Optional.of(ZoneId.of(zone));
    }
}
