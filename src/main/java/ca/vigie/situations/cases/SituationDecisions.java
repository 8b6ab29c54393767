package ca.vigie.situations.cases;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.indicators.ComputedSourceChanged;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.SituationSources;
import ca.vigie.system.CommunityCalendar;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filter 2: a situation is put before a meeting of its table, once its summary holds nothing that
 * could identify someone, and the chair records the table's decision on the four criteria.
 */
@Service
public class SituationDecisions {

    private final JdbcClient jdbc;
    private final Situations situations;
    private final SituationAccess access;
    private final IdentityStore identities;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;
    private final ApplicationEventPublisher events;

    SituationDecisions(
            JdbcClient jdbc,
            Situations situations,
            SituationAccess access,
            IdentityStore identities,
            AuditTrail audit,
            CommunityCalendar calendar,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.situations = situations;
        this.access = access;
        this.identities = identities;
        this.audit = audit;
        this.calendar = calendar;
        this.events = events;
    }

    /**
     * Tables a situation at an upcoming meeting of its table, unless its summary holds something that
     * could identify someone: then nothing changes and what was found is returned, to be removed.
     */
    @Transactional
    public List<IdentifierCheck.Hit> table(VigiePrincipal who, UUID id, @Nullable UUID meetingId) {
        Situation situation = situations.originating(who, id);
        if (!situation.stage().mayMoveTo(Stage.TABLED)) {
            throw new SituationRejection("meetingId", "situations.tabled.already");
        }
        boolean upcoming = meetingId != null
                && jdbc.sql("""
                                select exists (select 1 from situation_meeting
                                where id = ? and table_id = ? and held_on >= ?)
                                """)
                        .params(meetingId, situation.tableId(), Date.valueOf(calendar.today(who.communityId())))
                        .query(Boolean.class)
                        .single();
        if (!upcoming) {
            throw new SituationRejection("meetingId", "situations.tabling.meeting");
        }
        List<IdentifierCheck.Hit> hits = IdentifierCheck.find(situation.summary(), situations.namesToAvoid(id));
        if (!hits.isEmpty()) {
            return hits;
        }
        // Only the version that was checked is tabled: a correction saved meanwhile must be checked too.
        int tabled = jdbc.sql("""
                        update situation set stage = ?, meeting_id = ?, tabled_at = ?, version = version + 1, updated_at = ?
                        where id = ? and stage = ? and version = ?
                        """)
                .params(
                        Stage.TABLED.name(),
                        meetingId,
                        Timestamp.from(calendar.now()),
                        Timestamp.from(calendar.now()),
                        id,
                        Stage.ORIGINATING.name(),
                        situation.version())
                .update();
        if (tabled == 0) {
            throw new SituationRejection("meetingId", "situations.tabling.changed");
        }
        audit.record(AuditEntry.by(who, "SITUATION_TABLED", "situation", id));
        return List.of();
    }

    /**
     * The chair records the table's decision at or after the meeting. Rejected, the situation returns
     * to its organisation and its summary, factors and identifying details are deleted, not hidden.
     */
    @Transactional
    public Stage decide(VigiePrincipal who, UUID id, Situation.Criteria criteria) {
        Situation situation = situations.visible(who, id);
        if (!access.isChair(who, situation.tableId())) {
            throw new AccessDeniedException("Only the table's chair records decisions");
        }
        if (!situation.stage().mayMoveTo(Stage.ACCEPTED)) {
            throw new SituationRejection("decision", "situations.decision.notTabled");
        }
        boolean meetingHeld = jdbc.sql("select held_on <= ? from situation_meeting where id = ?")
                .params(Date.valueOf(calendar.today(who.communityId())), situation.meetingId())
                .query(Boolean.class)
                .single();
        if (!meetingHeld) {
            throw new SituationRejection("decision", "situations.decision.beforeMeeting");
        }
        Stage stage = criteria.acutelyElevated() ? Stage.ACCEPTED : Stage.REJECTED;
        int decided = jdbc.sql("""
                        update situation set stage = ?, decided_at = ?, decided_by = ?, significant_interest = ?,
                            probable_harm = ?, severe_harm = ?, multiple_agencies = ?, version = version + 1, updated_at = ?
                        where id = ? and stage = ? and version = ?
                        """)
                .params(
                        stage.name(),
                        Timestamp.from(calendar.now()),
                        who.userId(),
                        criteria.significantInterest(),
                        criteria.probableHarm(),
                        criteria.severeHarm(),
                        criteria.multipleAgencies(),
                        Timestamp.from(calendar.now()),
                        id,
                        Stage.TABLED.name(),
                        situation.version())
                .update();
        if (decided == 0) {
            // Decided by someone else meanwhile: nothing is changed, least of all deleted.
            throw new SituationRejection("decision", "situations.decision.notTabled");
        }
        if (stage == Stage.REJECTED) {
            jdbc.sql("update situation set summary = null, opened_by = null where id = ?")
                    .param(id)
                    .update();
            jdbc.sql("delete from situation_factor where situation_id = ?")
                    .param(id)
                    .update();
            jdbc.sql("delete from situation_identity where situation_id = ?")
                    .param(id)
                    .update();
        }
        audit.record(AuditEntry.by(
                who, stage == Stage.ACCEPTED ? "SITUATION_ACCEPTED" : "SITUATION_REJECTED", "situation", id));
        events.publishEvent(new ComputedSourceChanged(
                who.communityId(), SituationSources.ACCEPTED, calendar.today(who.communityId())));
        return stage;
    }
}
