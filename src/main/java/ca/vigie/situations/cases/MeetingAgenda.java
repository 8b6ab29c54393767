package ca.vigie.situations.cases;

import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.VigiePrincipal;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a meeting shows of the table's situations: those tabled at it, and those followed up at it.
 * De-identified, for everyone seated at the table; each one shown is an audited read.
 */
@Service
public class MeetingAgenda {

    private final JdbcClient jdbc;
    private final Situations situations;
    private final SituationAccess access;
    private final AuditTrail audit;

    MeetingAgenda(JdbcClient jdbc, Situations situations, SituationAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.situations = situations;
        this.access = access;
        this.audit = audit;
    }

    /**
     * The situations tabled at a meeting, de-identified, for everyone seated at its table, with the
     * decisions taken; a rejected one shows only what it keeps. Each one shown is an audited read.
     */
    @Transactional
    public List<Situation> agenda(VigiePrincipal who, UUID tableId, UUID meetingId) {
        access.seat(who, tableId);
        return jdbc.sql("""
                        select * from situation
                        where community_id = ? and table_id = ? and meeting_id = ?
                        order by tabled_at
                        """).params(who.communityId(), tableId, meetingId).query(situations::situation).list().stream()
                .peek(situation -> audit.recordRead(who, "situation", situation.id(), "meeting agenda read"))
                .toList();
    }

    /**
     * The follow-ups of a meeting: the table's situations whose intervention team is at work, tabled
     * at an earlier meeting. De-identified; each one shown is an audited read.
     */
    @Transactional
    public List<Situation> followUps(VigiePrincipal who, UUID tableId, UUID meetingId) {
        access.seat(who, tableId);
        return jdbc
                .sql("""
                        select s.* from situation s
                        join situation_meeting tabled on tabled.id = s.meeting_id
                        join situation_meeting this on this.id = ?
                        where s.community_id = ? and s.table_id = ? and s.stage = ? and tabled.held_on < this.held_on
                        order by s.tabled_at
                        """)
                .params(meetingId, who.communityId(), tableId, Stage.INTERVENTION.name())
                .query(situations::situation)
                .list()
                .stream()
                .peek(situation -> audit.recordRead(who, "situation", situation.id(), "meeting follow-up read"))
                .toList();
    }
}
