package ca.vigie.coresponse.caseload;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.FieldEncryption;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.system.SubmissionGuard;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's care and safety plan: the goals the team works towards with them, each with its status.
 * Members in the field read and change it; each change is audited and checked against the version seen.
 */
@Service
public class CarePlan {

    public static final int GOAL_MAX = 300;

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;
    private final FollowedPeople people;

    CarePlan(
            FollowedPeople people,
            JdbcClient jdbc,
            FieldEncryption encryption,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
        this.people = people;
    }

    public record Goal(UUID id, String body, GoalStatus status, int version) {}

    @Transactional(readOnly = true)
    public List<Goal> goals(Seat seat, UUID personId) {
        people.require(seat, personId, false);
        return jdbc.sql("""
                        select id, body, status, version from coresponse_goal
                        where team_id = ? and person_id = ? and body is not null order by created_at, id
                        """)
                .params(seat.teamId(), personId)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Goal(
                            id,
                            encryption.decrypt(rs.getBytes("body"), binding(id)),
                            GoalStatus.valueOf(rs.getString("status")),
                            rs.getInt("version"));
                })
                .list();
    }

    @Transactional
    public UUID add(Seat seat, UUID personId, @Nullable String goal, UUID formToken) {
        people.require(seat, personId, true);
        String text = Words.required(goal, "goal", GOAL_MAX);
        return submissions.once(formToken, () -> {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into coresponse_goal (id, team_id, community_id, person_id, body, created_by, created_at)
                            values (?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            seat.teamId(),
                            seat.communityId(),
                            personId,
                            encryption.encrypt(text, binding(id)),
                            seat.person().userId(),
                            Timestamp.from(calendar.now()))
                    .update();
            audit.record(AuditEntry.by(seat.person(), "CORESPONSE_GOAL_ADDED", "coresponse_person", personId));
            return id;
        });
    }

    @Transactional
    public void setStatus(Seat seat, UUID personId, UUID goalId, @Nullable GoalStatus status, int expectedVersion) {
        people.require(seat, personId, true);
        if (status == null) {
            throw new CaseloadRejection("status", "validation.required");
        }
        int changed = jdbc.sql("""
                        update coresponse_goal set status = ?, version = version + 1
                        where id = ? and team_id = ? and person_id = ? and version = ? and body is not null
                        """)
                .params(status.name(), goalId, seat.teamId(), personId, expectedVersion)
                .update();
        if (changed == 0) {
            boolean exists = jdbc.sql("select exists (select 1 from coresponse_goal where id = ? and team_id = ?)")
                    .params(goalId, seat.teamId())
                    .query(Boolean.class)
                    .single();
            if (!exists) {
                throw new NotFoundException("Goal");
            }
            throw new StaleEditException("coresponse_goal");
        }
        audit.record(AuditEntry.by(seat.person(), "CORESPONSE_GOAL_UPDATED", "coresponse_person", personId));
    }

    private static String binding(UUID goalId) {
        return "coresponse_goal.body:" + goalId;
    }
}
