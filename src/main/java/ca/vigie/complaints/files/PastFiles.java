package ca.vigie.complaints.files;

import ca.vigie.complaints.intake.Channel;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.complaints.process.ClosureReason;
import ca.vigie.complaints.process.FileHistory;
import ca.vigie.complaints.process.Stage;
import ca.vigie.complaints.process.StepKind;
import ca.vigie.system.CommunityCalendar;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records files an office handled before it used Vigie, each stage and step on the day it happened.
 * Nothing here checks who may act; it is for bringing a history in, which the demo does for its
 * fictional office.
 */
@Service
@Transactional
public class PastFiles {

    private final FileStore store;
    private final JdbcClient jdbc;
    private final CommunityCalendar calendar;

    PastFiles(FileStore store, JdbcClient jdbc, CommunityCalendar calendar) {
        this.store = store;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** A file received online on a past day; returns its id. */
    public UUID received(
            UUID communityId,
            UUID officeId,
            UUID organizationId,
            Jurisdiction jurisdiction,
            LocalDate receivedOn,
            Intake intake,
            Intake.Reporter reporter) {
        return store.insert(
                new FileStore.NewFile(
                        communityId, officeId, organizationId, jurisdiction, Channel.ONLINE, receivedOn, null),
                intake,
                reporter,
                calendar.now());
    }

    /** The stages and steps recorded so far, from which deadlines are read. */
    public FileHistory history(UUID communityId, UUID fileId) {
        return store.history(store.header(communityId, fileId).orElseThrow());
    }

    public void entered(
            UUID fileId, Stage stage, LocalDate on, UUID by, @Nullable String detail, @Nullable String lateReason) {
        store.enter(fileId, stage, on, calendar.now(), by, detail, lateReason);
    }

    public void stepDone(UUID fileId, StepKind kind, LocalDate on, UUID by, String lateReason) {
        store.step(fileId, kind, on, calendar.now(), by, lateReason);
    }

    /** Where the file stands after its last stage, and why it closed when it did. */
    public void standsAt(UUID fileId, Stage stage, @Nullable ClosureReason reason) {
        jdbc.sql("update complaint_file set stage = ?, closure_reason = ? where id = ?")
                .params(stage.name(), reason == null ? null : reason.name(), fileId)
                .update();
    }

    public void assigned(UUID fileId, UUID userId, StaffRole role, boolean declaredNoConflict) {
        Timestamp now = Timestamp.from(calendar.now());
        jdbc.sql("""
                        insert into complaint_assignment (file_id, community_id, user_id, staff_role, assigned_at, declared_at)
                        select id, community_id, ?, ?, ?, ? from complaint_file where id = ?
                        on conflict do nothing
                        """)
                .params(userId, role.name(), now, declaredNoConflict ? now : null, fileId)
                .update();
    }
}
