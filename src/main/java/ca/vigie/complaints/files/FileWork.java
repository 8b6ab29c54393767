package ca.vigie.complaints.files;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.offices.ComplaintOffice;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.complaints.process.DeadlineKind;
import ca.vigie.complaints.process.Deadlines;
import ca.vigie.complaints.process.FileHistory;
import ca.vigie.complaints.process.Process;
import ca.vigie.complaints.process.Stage;
import ca.vigie.complaints.process.StepKind;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.StaleEditException;
import ca.vigie.system.SubmissionGuard;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's work on a file: declaring a conflict of interest or none, moving it through its
 * jurisdiction's process, recording the steps its deadlines ask for (with a reason when late),
 * giving staff a role on it, keeping people out, and, for the office lead, a confidential reporter's
 * identity. Each act is in the audit trail.
 */
@Service
public class FileWork {

    static final int MAX_LATE_REASON = 1000;

    private final JdbcClient jdbc;
    private final FileStore store;
    private final FileWalls walls;
    private final ComplaintFiles files;
    private final ComplaintOffices offices;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;

    FileWork(
            JdbcClient jdbc,
            FileStore store,
            FileWalls walls,
            ComplaintFiles files,
            ComplaintOffices offices,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.store = store;
        this.walls = walls;
        this.files = files;
        this.offices = offices;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
    }

    /**
     * Declares, before the file first opens for them, whether they have a conflict of interest. With
     * one, they are taken off the file and kept out of it.
     */
    @Transactional
    public void declare(VigiePrincipal who, UUID fileId, boolean conflict) {
        FileHeader file = files.header(who, fileId);
        FileWalls.Access access = walls.access(who, file);
        Instant now = calendar.now();
        if (conflict) {
            jdbc.sql("delete from complaint_assignment where file_id = ? and user_id = ?")
                    .params(fileId, who.userId())
                    .update();
            jdbc.sql("""
                            insert into complaint_denied (file_id, community_id, user_id, added_at, added_by)
                            values (?, ?, ?, ?, ?)
                            on conflict do nothing
                            """)
                    .params(fileId, who.communityId(), who.userId(), Timestamp.from(now), who.userId())
                    .update();
            audit.record(AuditEntry.by(who, "COMPLAINT_CONFLICT_DECLARED", "complaint_file", fileId));
            return;
        }
        if (access.lead()) {
            jdbc.sql("""
                            insert into complaint_assignment (file_id, community_id, user_id, staff_role, assigned_at, declared_at)
                            values (?, ?, ?, 'OFFICE_LEAD', ?, ?) on conflict (file_id, user_id, staff_role)
                            do update set declared_at = excluded.declared_at
                            """)
                    .params(fileId, who.communityId(), who.userId(), Timestamp.from(now), Timestamp.from(now))
                    .update();
        }
        jdbc.sql(
                        "update complaint_assignment set declared_at = ? where file_id = ? and user_id = ? and declared_at is null")
                .params(Timestamp.from(now), fileId, who.userId())
                .update();
        audit.record(AuditEntry.by(who, "COMPLAINT_NO_CONFLICT_DECLARED", "complaint_file", fileId));
    }

    /** Moves the file on, as its jurisdiction's process allows, on a day no earlier than its last move. */
    @Transactional
    public void advance(VigiePrincipal who, UUID fileId, Transition move, int expectedVersion) {
        FileHeader file = files.openable(who, fileId);
        FileWalls.Access access = walls.access(who, file);
        if (access.roles().equals(java.util.Set.of(StaffRole.RECOVERY_PRACTITIONER))) {
            throw new FileRejection("to", "complaints.stage.notYours");
        }
        if (file.version() != expectedVersion) {
            throw new StaleEditException("Complaint file");
        }
        Stage to = move.to();
        Process process = Process.of(file.jurisdiction());
        if (to == null || !process.allows(file.stage(), to)) {
            throw new FileRejection("to", "complaints.stage.outOfOrder");
        }
        LocalDate on = dayOf(move.on(), file, "on");
        String detail = null;
        if (to == Stage.CLOSED) {
            if (move.closureReason() == null
                    || !process.closureReasons(file.stage()).contains(move.closureReason())) {
                throw new FileRejection("closureReason", "complaints.closure.required");
            }
            detail = move.closureReason().name();
        }
        if (to == Stage.INFORMAL_RESOLUTION) {
            if (move.method() == null) {
                throw new FileRejection("method", "validation.required");
            }
            detail = move.method().name();
        }
        if (to.needsConsent() && !move.consentRecorded()) {
            throw new FileRejection("consentRecorded", "complaints.stage.consent");
        }
        FileHistory history = store.history(file);
        DeadlineKind answered = to == Stage.NEGOTIATED_RESOLUTION
                ? DeadlineKind.NEGOTIATED_RESOLUTION_BEGUN
                : to == Stage.CLOSED ? DeadlineKind.COMPLETION : null;
        String lateReason = lateReason(history, answered, on, move.lateReason());
        int changed = jdbc.sql("""
                        update complaint_file set stage = ?, closure_reason = ?, version = version + 1, updated_at = ?
                        where id = ? and version = ?
                        """)
                .params(
                        to.name(),
                        to == Stage.CLOSED ? move.closureReason().name() : null,
                        Timestamp.from(calendar.now()),
                        fileId,
                        expectedVersion)
                .update();
        if (changed == 0) {
            throw new StaleEditException("Complaint file");
        }
        store.enter(fileId, to, on, calendar.now(), who.userId(), detail, lateReason);
        audit.record(AuditEntry.by(who, "COMPLAINT_STAGE_CHANGED", "complaint_file", fileId)
                .withPurpose(file.stage() + " -> " + to));
    }

    /** Records a step a deadline asks for; a late one needs its reason. Submitted twice, it counts once. */
    @Transactional
    public void record(
            VigiePrincipal who,
            UUID fileId,
            @Nullable StepKind kind,
            @Nullable LocalDate on,
            String lateReason,
            UUID formToken) {
        FileHeader file = files.openable(who, fileId);
        if (kind == null || !applies(kind, file)) {
            throw new FileRejection("kind", "complaints.step.notApplicable");
        }
        if (file.stage() == Stage.CLOSED && kind != StepKind.RESULTS_SENT) {
            throw new FileRejection("kind", "complaints.step.closed");
        }
        LocalDate day = dayOf(on, file, "doneOn");
        FileHistory history = store.history(file);
        DeadlineKind answered = switch (kind) {
            case FIRST_CONTACT -> DeadlineKind.FIRST_CONTACT;
            case STATUS_UPDATE -> DeadlineKind.STATUS_UPDATE;
            case RESULTS_SENT -> DeadlineKind.RESULTS_IN_WRITING;
        };
        String reason = lateReason(history, answered, day, lateReason);
        submissions.once(formToken, () -> {
            store.step(fileId, kind, day, calendar.now(), who.userId(), reason == null ? "" : reason);
            audit.record(AuditEntry.by(who, "COMPLAINT_STEP_RECORDED", "complaint_file", fileId)
                    .withPurpose(kind.name()));
            return fileId;
        });
    }

    /**
     * The office lead, or an intake officer on the file, gives a member of the office a role on it,
     * for a limited time if they wish (an external investigator's access ends on a set day).
     */
    @Transactional
    public void assign(
            VigiePrincipal who,
            UUID fileId,
            @Nullable UUID userId,
            @Nullable StaffRole role,
            @Nullable LocalDate accessUntil) {
        FileHeader file = files.openable(who, fileId);
        requireTriage(who, file);
        if (role == null || role == StaffRole.ANALYST || role == StaffRole.OFFICE_LEAD) {
            throw new FileRejection("role", "validation.invalidChoice");
        }
        ComplaintOffice office = offices.get(file.communityId(), file.officeId());
        if (userId == null
                || !office.rolesOf(userId).contains(role)
                || walls.keptOut(file).contains(userId)) {
            throw new FileRejection("userId", "complaints.assign.notEligible");
        }
        if (accessUntil != null && accessUntil.isBefore(files.today(who.communityId()))) {
            throw new FileRejection("accessUntil", "complaints.assign.untilPast");
        }
        jdbc.sql("""
                        insert into complaint_assignment
                            (file_id, community_id, user_id, staff_role, access_until, assigned_at, assigned_by)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (file_id, user_id, staff_role)
                        do update set access_until = excluded.access_until
                        """)
                .params(
                        fileId,
                        who.communityId(),
                        userId,
                        role.name(),
                        accessUntil == null ? null : Date.valueOf(accessUntil),
                        Timestamp.from(calendar.now()),
                        who.userId())
                .update();
        audit.record(AuditEntry.by(who, "COMPLAINT_STAFF_ASSIGNED", "complaint_file", fileId)
                .withPurpose(userId + " " + role));
    }

    @Transactional
    public void unassign(VigiePrincipal who, UUID fileId, UUID userId, StaffRole role) {
        FileHeader file = files.openable(who, fileId);
        requireTriage(who, file);
        jdbc.sql("delete from complaint_assignment where file_id = ? and user_id = ? and staff_role = ?")
                .params(fileId, userId, role.name())
                .update();
        audit.record(AuditEntry.by(who, "COMPLAINT_STAFF_REMOVED", "complaint_file", fileId)
                .withPurpose(userId + " " + role));
    }

    /**
     * Links a reprisal complaint to the file it is a reprisal for: a file of the same office that the
     * person may open themself.
     */
    @Transactional
    public void linkReprisal(VigiePrincipal who, UUID fileId, @Nullable UUID originalId) {
        FileHeader file = files.openable(who, fileId);
        requireTriage(who, file);
        if (!file.types().contains(ComplaintType.REPRISAL)) {
            throw new FileRejection("originalId", "complaints.reprisal.notReprisal");
        }
        FileHeader original = originalId == null || originalId.equals(fileId)
                ? null
                : store.header(who.communityId(), originalId)
                        .filter(o -> o.officeId().equals(file.officeId()))
                        .filter(o -> walls.access(who, o).open())
                        .orElse(null);
        if (original == null) {
            throw new FileRejection("originalId", "validation.invalidChoice");
        }
        jdbc.sql("update complaint_file set related_file_id = ? where id = ?")
                .params(original.id(), fileId)
                .update();
        audit.record(AuditEntry.by(who, "COMPLAINT_REPRISAL_LINKED", "complaint_file", fileId)
                .withPurpose(original.id().toString()));
    }

    private void requireTriage(VigiePrincipal who, FileHeader file) {
        FileWalls.Access access = walls.access(who, file);
        if (!access.lead() && !access.holds(StaffRole.INTAKE_OFFICER)) {
            throw new FileRejection("userId", "complaints.assign.notYours");
        }
    }

    private static boolean applies(StepKind kind, FileHeader file) {
        return switch (kind) {
            case FIRST_CONTACT, STATUS_UPDATE ->
                file.jurisdiction() == ca.vigie.complaints.offices.Jurisdiction.FEDERAL;
            case RESULTS_SENT -> true;
        };
    }

    /** The day a move or step happened: today unless given, never in the future nor before the file's last move. */
    private LocalDate dayOf(@Nullable LocalDate on, FileHeader file, String field) {
        LocalDate today = files.today(file.communityId());
        LocalDate day = on == null ? today : on;
        LocalDate lastMove = store.history(file).stages().stream()
                .map(FileHistory.Entered::on)
                .max(LocalDate::compareTo)
                .orElse(file.receivedOn());
        if (day.isAfter(today)) {
            throw new FileRejection(field, "complaints.date.future");
        }
        if (day.isBefore(lastMove)) {
            throw new FileRejection(field, "complaints.date.beforeLastMove");
        }
        return day;
    }

    /** The reason given for doing something after its deadline; required then, and kept only then. */
    private static @Nullable String lateReason(
            FileHistory history, @Nullable DeadlineKind answered, LocalDate on, String given) {
        if (answered == null || !Deadlines.late(history, answered, on)) {
            return null;
        }
        if (given.isBlank()) {
            throw new FileRejection("lateReason", "complaints.late.reasonRequired");
        }
        if (given.strip().length() > MAX_LATE_REASON) {
            throw new FileRejection("lateReason", "text.tooLong", MAX_LATE_REASON);
        }
        return given.strip();
    }
}
