package ca.vigie.coresponse.calls;

import ca.vigie.coresponse.teams.Seat;
import ca.vigie.system.CommunityCalendar;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A call's row: the one place that writes and reads {@code coresponse_call}. */
@Component
class CallRows {

    private static final String COLUMNS = """
            id, team_id, origin, version, dyad_id, incident_number, source, call_role, received_at, dispatched_at,
            on_scene_at, cleared_at, ed_arrival_at, ed_handover_at, area_id, natures, safety_flags, actions,
            disposition, apprehension_basis, without_team, person_id
            """;

    private static final String INSERT = """
            insert into coresponse_call
                (id, team_id, community_id, origin, created_at, created_by, updated_at,
                 dyad_id, incident_number, source, call_role, received_at, dispatched_at, on_scene_at,
                 cleared_at, ed_arrival_at, ed_handover_at, area_id, natures, safety_flags, actions,
                 disposition, apprehension_basis, without_team, person_id)
            values (?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::varchar[], ?::varchar[], ?::varchar[], ?, ?, ?, ?)
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final CommunityCalendar calendar;

    CallRows(JdbcClient jdbc, JdbcTemplate batch, CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.calendar = calendar;
    }

    record Listed(
            UUID id,
            Instant receivedAt,
            String incidentNumber,
            CallSource source,
            @Nullable UUID dyadId,
            @Nullable Disposition disposition,
            boolean complete,
            @Nullable UUID personId) {}

    private static final String LISTED = """
            select id, received_at, coalesce(incident_number, '') as incident_number, source, dyad_id,
                   disposition, (cleared_at is not null and disposition is not null) as complete, person_id
            from coresponse_call
            """;

    List<Listed> page(UUID teamId, boolean toCompleteOnly, int offset, int limit) {
        return jdbc.sql(LISTED + """
                        where team_id = ? and (not ? or cleared_at is null or disposition is null)
                        order by received_at desc, id limit ? offset ?
                        """)
                .params(teamId, toCompleteOnly, limit, offset)
                .query(CallRows::listed)
                .list();
    }

    /** A person's calls with the team, the latest first. */
    List<Listed> ofPerson(UUID teamId, UUID personId, int limit) {
        return jdbc.sql(LISTED + " where team_id = ? and person_id = ? order by received_at desc, id limit ?")
                .params(teamId, personId, limit)
                .query(CallRows::listed)
                .list();
    }

    private static Listed listed(ResultSet rs, int row) throws SQLException {
        return new Listed(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("incident_number"),
                CallSource.valueOf(rs.getString("source")),
                rs.getObject("dyad_id", UUID.class),
                rs.getString("disposition") == null ? null : Disposition.valueOf(rs.getString("disposition")),
                rs.getBoolean("complete"),
                rs.getObject("person_id", UUID.class));
    }

    Optional<Call> find(UUID teamId, UUID callId) {
        return jdbc.sql("select " + COLUMNS + " from coresponse_call where team_id = ? and id = ?")
                .params(teamId, callId)
                .query((rs, n) -> call(rs))
                .optional();
    }

    Optional<UUID> byIncident(UUID teamId, String incidentNumber) {
        return jdbc.sql("select id from coresponse_call where team_id = ? and incident_number = ?")
                .params(teamId, incidentNumber)
                .query(UUID.class)
                .optional();
    }

    UUID insert(Seat seat, Origin origin, CallFacts facts) {
        return insert(seat.teamId(), seat.communityId(), seat.person().userId(), origin, facts);
    }

    UUID insert(UUID teamId, UUID communityId, @Nullable UUID createdBy, Origin origin, CallFacts facts) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(calendar.now());
        jdbc.sql(INSERT)
                .params(id, teamId, communityId, origin.name(), now, createdBy, now)
                .params(values(facts))
                .update();
        return id;
    }

    /**
     * Writes a call unless the team already holds its incident number (another arrival of the same call
     * may have come first): the new call's id, or nothing.
     */
    Optional<UUID> insertIfNew(UUID teamId, UUID communityId, Origin origin, CallFacts facts) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(calendar.now());
        int written = jdbc.sql(INSERT.strip() + " on conflict (team_id, incident_number) do nothing")
                .params(id, teamId, communityId, origin.name(), now, null, now)
                .params(values(facts))
                .update();
        return written == 1 ? Optional.of(id) : Optional.empty();
    }

    /** Of these incident numbers, those the team already holds. */
    Set<String> heldIncidents(UUID teamId, List<String> incidents) {
        if (incidents.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(jdbc.sql("""
                        select incident_number from coresponse_call
                        where team_id = ? and incident_number = any(?::varchar[])
                        """)
                .params(teamId, incidents.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    /** Writes each call whose incident the team does not hold yet, in one batch: how many were written. */
    int insertAllIfNew(UUID teamId, UUID communityId, Origin origin, List<CallFacts> calls) {
        Timestamp now = Timestamp.from(calendar.now());
        List<Object[]> rows = calls.stream()
                .map(facts -> {
                    List<@Nullable Object> row =
                            new ArrayList<>(List.of(UUID.randomUUID(), teamId, communityId, origin.name(), now));
                    row.add(null);
                    row.add(now);
                    row.addAll(values(facts));
                    return row.toArray();
                })
                .toList();
        int written = 0;
        for (int count :
                batch.batchUpdate(INSERT.strip() + " on conflict (team_id, incident_number) do nothing", rows)) {
            written += Math.max(count, 0);
        }
        return written;
    }

    /** Writes calls as they were recorded in the past, each dated when it was received. */
    void insertPast(List<PastCalls.Past> calls) {
        List<Object[]> rows = calls.stream()
                .map(call -> {
                    Timestamp at = Timestamp.from(
                            Objects.requireNonNull(call.facts().times().receivedAt()));
                    List<@Nullable Object> row = new ArrayList<>(List.of(
                            UUID.randomUUID(),
                            call.teamId(),
                            call.communityId(),
                            call.origin().name(),
                            at));
                    row.add(call.recordedBy());
                    row.add(at);
                    row.addAll(values(call.facts()));
                    return row.toArray();
                })
                .toList();
        batch.batchUpdate(INSERT, rows);
    }

    boolean update(Seat seat, UUID callId, CallFacts facts, int expectedVersion) {
        return jdbc.sql("""
                                update coresponse_call set
                                    dyad_id = ?, incident_number = ?, source = ?, call_role = ?, received_at = ?,
                                    dispatched_at = ?, on_scene_at = ?, cleared_at = ?, ed_arrival_at = ?,
                                    ed_handover_at = ?, area_id = ?, natures = ?::varchar[],
                                    safety_flags = ?::varchar[], actions = ?::varchar[], disposition = ?,
                                    apprehension_basis = ?, without_team = ?, person_id = ?,
                                    version = version + 1, updated_at = ?
                                where id = ? and team_id = ? and version = ?
                                """)
                        .params(values(facts))
                        .params(Timestamp.from(calendar.now()), callId, seat.teamId(), expectedVersion)
                        .update()
                == 1;
    }

    private static List<@Nullable Object> values(CallFacts facts) {
        CallTimes times = facts.times();
        return Arrays.asList(
                facts.dyadId(),
                facts.incidentNumber(),
                name(facts.source()),
                name(facts.role()),
                timestamp(times.receivedAt()),
                timestamp(times.dispatchedAt()),
                timestamp(times.onSceneAt()),
                timestamp(times.clearedAt()),
                timestamp(times.edArrivalAt()),
                timestamp(times.edHandoverAt()),
                facts.areaId(),
                array(facts.natures()),
                array(facts.safetyFlags()),
                array(facts.actions()),
                name(facts.disposition()),
                name(facts.apprehensionBasis()),
                name(facts.withoutTeam()),
                facts.personId());
    }

    private static Call call(ResultSet rs) throws SQLException {
        return new Call(
                rs.getObject("id", UUID.class),
                rs.getObject("team_id", UUID.class),
                Origin.valueOf(rs.getString("origin")),
                new CallFacts(
                        rs.getObject("dyad_id", UUID.class),
                        rs.getString("incident_number"),
                        CallSource.valueOf(rs.getString("source")),
                        value(rs.getString("call_role"), CallRole::valueOf),
                        new CallTimes(
                                instant(rs, "received_at"),
                                instant(rs, "dispatched_at"),
                                instant(rs, "on_scene_at"),
                                instant(rs, "cleared_at"),
                                instant(rs, "ed_arrival_at"),
                                instant(rs, "ed_handover_at")),
                        rs.getObject("area_id", UUID.class),
                        codes(rs.getArray("natures"), Nature.class),
                        codes(rs.getArray("safety_flags"), SafetyFlag.class),
                        codes(rs.getArray("actions"), CallAction.class),
                        value(rs.getString("disposition"), Disposition::valueOf),
                        value(rs.getString("apprehension_basis"), ApprehensionBasis::valueOf),
                        value(rs.getString("without_team"), WithoutTeam::valueOf),
                        rs.getObject("person_id", UUID.class)),
                rs.getInt("version"));
    }

    private static <E extends Enum<E>> Set<E> codes(Array array, Class<E> type) throws SQLException {
        Set<E> codes = EnumSet.noneOf(type);
        for (Object code : (Object[]) array.getArray()) {
            codes.add(Enum.valueOf(type, (String) code));
        }
        return codes;
    }

    /** A set of codes as a PostgreSQL array literal; the codes are enum names, letters and underscores only. */
    private static String array(Collection<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <T> @Nullable T value(@Nullable String code, Function<String, T> parse) {
        return code == null ? null : parse.apply(code);
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
