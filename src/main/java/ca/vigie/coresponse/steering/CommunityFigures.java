package ca.vigie.coresponse.steering;

import ca.vigie.coresponse.CoresponseSettings;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.SmallCounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of all the community's mixed teams together, over calendar days, for the indicators the
 * plans follow; small counts suppressed as on the steering page.
 */
@Component
public class CommunityFigures {

    private final JdbcClient jdbc;
    private final CommunityCalendar calendar;
    private final SmallCounts small;

    CommunityFigures(JdbcClient jdbc, CommunityCalendar calendar, CoresponseSettings settings) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.small = new SmallCounts(settings.smallestCount());
    }

    private record Span(Timestamp start, Timestamp end) {}

    private Span span(UUID communityId, LocalDate from, LocalDate to) {
        return new Span(
                Timestamp.from(calendar.startOf(communityId, from)),
                Timestamp.from(calendar.startOf(communityId, to.plusDays(1))));
    }

    @Transactional(readOnly = true)
    public @Nullable Integer calls(UUID communityId, LocalDate from, LocalDate to) {
        Span span = span(communityId, from, to);
        int calls = jdbc.sql("""
                        select count(*) from coresponse_call
                        where community_id = ? and received_at >= ? and received_at < ?
                        """)
                .params(communityId, span.start(), span.end())
                .query(Integer.class)
                .single();
        return small.count(calls);
    }

    @Transactional(readOnly = true)
    public @Nullable BigDecimal mentalHealthShare(UUID communityId, LocalDate from, LocalDate to) {
        Span span = span(communityId, from, to);
        int[] counts = jdbc.sql("""
                        select count(*) as incidents, count(*) filter (where by_team) as by_team
                        from coresponse_dispatch_incident
                        where community_id = ? and received_at >= ? and received_at < ?
                        """)
                .params(communityId, span.start(), span.end())
                .query((rs, row) -> new int[] {rs.getInt("incidents"), rs.getInt("by_team")})
                .single();
        return small.shareShown(counts[1], counts[0]) ? percent(counts[1], counts[0]) : null;
    }

    @Transactional(readOnly = true)
    public @Nullable BigDecimal apprehensionRate(UUID communityId, LocalDate from, LocalDate to) {
        Span span = span(communityId, from, to);
        int[] counts = jdbc.sql("""
                        select count(*) filter (where disposition is not null and cleared_at is not null) as completed,
                               count(*) filter (where disposition = 'APPREHENSION') as apprehensions
                        from coresponse_call where community_id = ? and received_at >= ? and received_at < ?
                        """)
                .params(communityId, span.start(), span.end())
                .query((rs, row) -> new int[] {rs.getInt("completed"), rs.getInt("apprehensions")})
                .single();
        return small.shareShown(counts[1], counts[0]) ? percent(counts[1], counts[0]) : null;
    }

    @Transactional(readOnly = true)
    public @Nullable Integer handoverMedian(UUID communityId, LocalDate from, LocalDate to) {
        Span span = span(communityId, from, to);
        record Handovers(int count, @Nullable Double median) {}
        Handovers handovers = jdbc.sql("""
                        select count(ed_handover_at) as count,
                               percentile_cont(0.5) within group (order by extract(epoch from ed_handover_at - ed_arrival_at))
                                   / 60 as median
                        from coresponse_call where community_id = ? and received_at >= ? and received_at < ?
                        """)
                .params(communityId, span.start(), span.end())
                .query((rs, row) -> new Handovers(rs.getInt("count"), (Double) rs.getObject("median")))
                .single();
        return handovers.count() >= small.smallest() && handovers.median() != null
                ? (int) Math.round(handovers.median())
                : null;
    }

    private static BigDecimal percent(int part, int whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
