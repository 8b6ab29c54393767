package ca.vigie.situations.cases;

import ca.vigie.organizations.VigiePrincipal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The situations listed at a table for a person: what each is about, never what it says, a page at
 * a time, as far as the person's seat lets them see.
 */
@Service
public class SituationLists {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final SituationAccess access;

    SituationLists(JdbcClient jdbc, SituationAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** A situation in a list: what it is about, never what it says. */
    public record Line(
            UUID id,
            Instant openedAt,
            Stage stage,
            SituationType type,
            @Nullable AgeBand ageBand,
            Gender gender) {}

    /** One page of a list of situations, latest first, and how many there are in all. */
    public record LinePage(List<Line> lines, int page, int size, int total) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (page + 1) * size < total;
        }

        public int first() {
            return total == 0 ? 0 : page * size + 1;
        }

        public int last() {
            return page * size + lines.size();
        }
    }

    /** Their own organisation's situations at a table, whatever their stage, a page at a time. */
    @Transactional(readOnly = true)
    public LinePage visibleAt(VigiePrincipal who, UUID tableId, int page) {
        SituationAccess.Seat seat = access.seat(who, tableId);
        int total = jdbc.sql("""
                        select count(*) from situation
                        where community_id = ? and table_id = ? and originating_organization_id = ?
                        """)
                .params(who.communityId(), tableId, seat.organizationId())
                .query(Integer.class)
                .single();
        int shown = Math.max(0, Math.min(page, (total - 1) / PAGE_SIZE));
        List<Line> lines = jdbc.sql("""
                        select id, opened_at, stage, situation_type, age_band, gender from situation
                        where community_id = ? and table_id = ? and originating_organization_id = ?
                        order by opened_at desc, id limit ? offset ?
                        """)
                .params(who.communityId(), tableId, seat.organizationId(), PAGE_SIZE, shown * PAGE_SIZE)
                .query(SituationLists::line)
                .list();
        return new LinePage(lines, shown, PAGE_SIZE, total);
    }

    /**
     * The situations of a table the person may see, as lines, a page at a time: their own
     * organisation's at any stage, and from tabling on the table's others. The lines carry no summary.
     */
    @Transactional(readOnly = true)
    public LinePage listedAt(VigiePrincipal who, UUID tableId, int page, int size) {
        SituationAccess.Seat seat = access.seat(who, tableId);
        String[] shared = java.util.Arrays.stream(Stage.values())
                .filter(Stage::sharedWithTable)
                .map(Stage::name)
                .toArray(String[]::new);
        int total = jdbc.sql("""
                        select count(*) from situation where community_id = ? and table_id = ?
                          and (originating_organization_id = ? or stage = any(?))
                        """)
                .params(who.communityId(), tableId, seat.organizationId(), shared)
                .query(Integer.class)
                .single();
        int shown = Math.max(0, Math.min(page, (total - 1) / size));
        List<Line> lines = jdbc.sql("""
                        select id, opened_at, stage, situation_type, age_band, gender from situation
                        where community_id = ? and table_id = ?
                          and (originating_organization_id = ? or stage = any(?))
                        order by opened_at desc, id limit ? offset ?
                        """)
                .params(who.communityId(), tableId, seat.organizationId(), shared, size, shown * size)
                .query(SituationLists::line)
                .list();
        return new LinePage(lines, shown, size, total);
    }

    private static Line line(ResultSet rs, int row) throws SQLException {
        return new Line(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("opened_at").toInstant(),
                Stage.valueOf(rs.getString("stage")),
                SituationType.valueOf(rs.getString("situation_type")),
                Situations.ageBand(rs),
                Gender.valueOf(rs.getString("gender")));
    }
}
