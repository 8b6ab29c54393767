package ca.vigie.complaints.files;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.complaints.intake.Channel;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.offices.ComplaintOffice;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.complaints.process.Deadline;
import ca.vigie.complaints.process.Deadlines;
import ca.vigie.complaints.process.FileHistory;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.OrganizationDirectory.PersonRef;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.SubmissionGuard;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaint files: filed by an employee signed in, or taken down by an intake officer; listed for
 * the staff who may reach them; opened for a stated purpose, each opening audited. Whoever may not
 * reach a file is told it does not exist.
 */
@Service
public class ComplaintFiles {

    private final JdbcClient jdbc;
    private final FileStore store;
    private final FileWalls walls;
    private final ComplaintOffices offices;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;

    ComplaintFiles(
            JdbcClient jdbc,
            FileStore store,
            FileWalls walls,
            ComplaintOffices offices,
            OrganizationDirectory directory,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.store = store;
        this.walls = walls;
        this.offices = offices;
        this.directory = directory;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
    }

    /** The office that would receive a complaint from this person's organisation, if one serves it. */
    @Transactional(readOnly = true)
    public Optional<ComplaintOffice> officeFor(VigiePrincipal who) {
        return offices.serving(who.communityId(), who.organizationId());
    }

    /**
     * An employee files a complaint about their own workplace. The filing is recorded in the audit
     * trail without the reporter, who is known only inside the encrypted file.
     */
    @Transactional
    public UUID file(VigiePrincipal who, Intake intake, UUID formToken) {
        ComplaintOffice office = officeFor(who).orElseThrow(() -> new FileRejection("types", "complaints.noOffice"));
        check(who, intake);
        UUID filed = submissions.once(formToken, () -> {
            Intake named = withNames(who.communityId(), intake);
            UUID id = store.insert(
                    new FileStore.NewFile(
                            who.communityId(),
                            office.id(),
                            who.organizationId(),
                            office.serving(who.organizationId()).orElseThrow().jurisdiction(),
                            Channel.ONLINE,
                            today(who.communityId()),
                            null),
                    named,
                    new Intake.Reporter(who.userId(), "", ""),
                    calendar.now());
            assignIntakeOfficers(office, id);
            audit.record(AuditEntry.bySystem(who.communityId(), "COMPLAINT_RECEIVED", "complaint_file", id));
            return id;
        });
        store.discardHeld(intake.attachments());
        return filed;
    }

    /** An intake officer takes down a complaint as someone told it, for an organisation the office serves. */
    @Transactional
    public UUID recordOralReport(
            VigiePrincipal officer, UUID organizationId, Intake intake, Intake.Reporter reporter, UUID formToken) {
        ComplaintOffice office = offices.serving(officer.communityId(), organizationId)
                .filter(o -> o.rolesOf(officer.userId()).contains(StaffRole.INTAKE_OFFICER))
                .orElseThrow(() -> new FileRejection("organizationId", "validation.invalidChoice"));
        checkTakenDown(officer, intake, reporter);
        UUID recorded = submissions.once(formToken, () -> {
            UUID id = store.insert(
                    new FileStore.NewFile(
                            officer.communityId(),
                            office.id(),
                            organizationId,
                            office.serving(organizationId).orElseThrow().jurisdiction(),
                            Channel.ORAL_REPORT,
                            today(officer.communityId()),
                            officer.userId()),
                    withNames(officer.communityId(), intake),
                    reporter,
                    calendar.now());
            jdbc.sql("""
                            insert into complaint_assignment
                                (file_id, community_id, user_id, staff_role, assigned_at, assigned_by, declared_at)
                            values (?, ?, ?, 'INTAKE_OFFICER', ?, ?, ?) on conflict do nothing
                            """)
                    .params(
                            id,
                            officer.communityId(),
                            officer.userId(),
                            Timestamp.from(calendar.now()),
                            officer.userId(),
                            Timestamp.from(calendar.now()))
                    .update();
            assignIntakeOfficers(office, id);
            audit.record(AuditEntry.by(officer, "COMPLAINT_ORAL_REPORT_RECORDED", "complaint_file", id));
            return id;
        });
        store.discardHeld(intake.attachments());
        return recorded;
    }

    /**
     * A complaint taken down from an informal service the person agreed to turn into one. Whoever
     * gave the service need not be an intake officer: the office's intake officers receive the file,
     * as they do every other.
     */
    UUID recordFromService(
            VigiePrincipal who, ComplaintOffice office, UUID organizationId, Intake intake, Intake.Reporter reporter) {
        UUID id = store.insert(
                new FileStore.NewFile(
                        who.communityId(),
                        office.id(),
                        organizationId,
                        office.serving(organizationId).orElseThrow().jurisdiction(),
                        Channel.INFORMAL_SERVICE,
                        today(who.communityId()),
                        who.userId()),
                withNames(who.communityId(), intake),
                reporter,
                calendar.now());
        assignIntakeOfficers(office, id);
        audit.record(AuditEntry.by(who, "COMPLAINT_RECEIVED", "complaint_file", id));
        return id;
    }

    /** Drops the uploads an intake still held once it is filed. */
    void discardHeld(Intake intake) {
        store.discardHeld(intake.attachments());
    }

    /**
     * Checks an intake as its reporter typed it, without filing it, so that a form already sent back
     * for another problem shows this one too.
     */
    public void check(VigiePrincipal who, Intake intake) {
        requireKnownReporter(intake);
        IntakeCheck.check(intake, who.communityId(), directory, today(who.communityId()));
    }

    /** Checks an intake taken down by staff before anything is saved. */
    public void checkTakenDown(VigiePrincipal who, Intake intake, Intake.Reporter reporter) {
        check(who, intake);
        if (reporter.name().isBlank() && reporter.userId() == null) {
            throw new FileRejection("reporterName", "validation.required");
        }
        IntakeCheck.length(reporter.name(), IntakeCheck.MAX_NAME, "reporterName");
        IntakeCheck.length(reporter.contact(), IntakeCheck.MAX_NAME, "reporterContact");
    }

    /** The complaints a person filed themself. */
    @Transactional(readOnly = true)
    public List<FileHeader> filedBy(VigiePrincipal who) {
        return store.filedBy(who.communityId(), who.userId());
    }

    /** A file as a member of staff is allowed to know it, or "not found". */
    @Transactional(readOnly = true)
    public FileHeader header(VigiePrincipal who, UUID id) {
        FileHeader file = store.header(who.communityId(), id).orElseThrow(ComplaintFiles::notFound);
        if (walls.access(who, file).standing() == Standing.NONE) {
            throw notFound();
        }
        return file;
    }

    @Transactional(readOnly = true)
    public Standing standing(VigiePrincipal who, UUID id) {
        return reach(who, id).standing();
    }

    /** How far a member of staff reaches into a file, and in which roles. */
    public record Reach(Standing standing, boolean lead, Set<StaffRole> roles) {

        public boolean triages() {
            return lead || roles.contains(StaffRole.INTAKE_OFFICER);
        }

        /** Moves files on: anyone on it but a recovery practitioner alone. */
        public boolean movesOn() {
            return !roles.isEmpty() && !roles.equals(Set.of(StaffRole.RECOVERY_PRACTITIONER));
        }
    }

    @Transactional(readOnly = true)
    public Reach reach(VigiePrincipal who, UUID id) {
        return store.header(who.communityId(), id)
                .map(file -> walls.access(who, file))
                .map(access -> new Reach(access.standing(), access.lead(), access.roles()))
                .orElse(new Reach(Standing.NONE, false, Set.of()));
    }

    /** Whether the person takes down oral reports for at least one office. */
    @Transactional(readOnly = true)
    public List<UUID> organizationsTakenDownBy(VigiePrincipal who) {
        return offices.staffedBy(who.communityId(), who.userId()).stream()
                .filter(o -> o.rolesOf(who.userId()).contains(StaffRole.INTAKE_OFFICER))
                .flatMap(o -> o.served().stream().map(ComplaintOffice.Served::organizationId))
                .toList();
    }

    /** The whole file, read for a purpose; each reading is in the audit trail with that purpose. */
    @Transactional
    public ComplaintFile open(VigiePrincipal who, UUID id, OpeningPurpose purpose) {
        FileHeader file = openable(who, id);
        audit.recordRead(who, "complaint_file", id, "complaint file opened: " + purpose.name());
        return store.content(file);
    }

    /** What the file's staff know of the reporter: a named one, or a confidential one the lead shared. */
    @Transactional(readOnly = true)
    public Optional<Intake.Reporter> reporterForStaff(VigiePrincipal who, ComplaintFile file) {
        openable(who, file.id());
        if (file.mode() == ReporterMode.NAMED || file.identityShared()) {
            return Optional.of(withReporterName(who.communityId(), store.reporter(file.id())));
        }
        return Optional.empty();
    }

    /** The reporter as recorded, named from the directory when they filed signed in. */
    Intake.Reporter reporterFor(VigiePrincipal who, FileHeader file) {
        return withReporterName(who.communityId(), store.reporter(file.id()));
    }

    /** The file's history: its stages and steps, with the deadlines it owes and has met. */
    public record History(List<StageEntry> stages, List<StepEntry> steps, List<Deadline> deadlines) {}

    @Transactional(readOnly = true)
    public History history(VigiePrincipal who, UUID id) {
        FileHeader file = openable(who, id);
        FileHistory history = store.history(file);
        return new History(store.stages(id), store.steps(id), Deadlines.of(history, today(who.communityId())));
    }

    /** The people of the office who could be given a role on the file: none it keeps out. */
    @Transactional(readOnly = true)
    public List<ComplaintOffice.Staff> assignable(VigiePrincipal who, UUID id) {
        FileHeader file = openable(who, id);
        Set<UUID> out = walls.keptOut(file);
        return offices.get(who.communityId(), file.officeId()).staff().stream()
                .filter(s -> s.role() != StaffRole.ANALYST && s.role() != StaffRole.OFFICE_LEAD)
                .filter(s -> !out.contains(s.userId()))
                .toList();
    }

    /** Who holds which role on the file now. */
    public record Assignment(UUID userId, StaffRole role, LocalDate accessUntil, boolean declared) {}

    @Transactional(readOnly = true)
    public List<Assignment> assignments(VigiePrincipal who, UUID id) {
        openable(who, id);
        return jdbc.sql("""
                        select user_id, staff_role, access_until, declared_at is not null as declared
                        from complaint_assignment where file_id = ? order by assigned_at, staff_role
                        """)
                .param(id)
                .query((rs, row) -> new Assignment(
                        rs.getObject("user_id", UUID.class),
                        StaffRole.valueOf(rs.getString("staff_role")),
                        rs.getDate("access_until") == null
                                ? null
                                : rs.getDate("access_until").toLocalDate(),
                        rs.getBoolean("declared")))
                .list();
    }

    public LocalDate today(UUID communityId) {
        return calendar.today(communityId);
    }

    FileHeader openable(VigiePrincipal who, UUID id) {
        FileHeader file = store.header(who.communityId(), id).orElseThrow(ComplaintFiles::notFound);
        if (!walls.access(who, file).open()) {
            throw notFound();
        }
        return file;
    }

    /** Gives every intake officer of the office whom the file does not keep out the file to triage. */
    private void assignIntakeOfficers(ComplaintOffice office, UUID fileId) {
        FileHeader file = store.header(office.communityId(), fileId).orElseThrow();
        Set<UUID> out = walls.keptOut(file);
        for (ComplaintOffice.Staff staff : office.staff()) {
            if (staff.role() == StaffRole.INTAKE_OFFICER && !out.contains(staff.userId())) {
                jdbc.sql("""
                                insert into complaint_assignment (file_id, community_id, user_id, staff_role, assigned_at)
                                values (?, ?, ?, 'INTAKE_OFFICER', ?) on conflict do nothing
                                """)
                        .params(fileId, file.communityId(), staff.userId(), Timestamp.from(calendar.now()))
                        .update();
            }
        }
    }

    /** A person chosen from the directory is named as the directory names them. */
    private Intake withNames(UUID communityId, Intake intake) {
        List<Intake.Party> people = intake.people().stream()
                .map(p -> p.userId() == null
                        ? p
                        : new Intake.Party(
                                p.userId(),
                                directory
                                        .person(communityId, p.userId())
                                        .map(PersonRef::displayName)
                                        .orElse(p.name()),
                                p.relation()))
                .toList();
        return new Intake(
                intake.types(),
                intake.mode(),
                intake.reporterRole(),
                intake.occurredFrom(),
                intake.occurredTo(),
                intake.location(),
                intake.narrative(),
                people,
                intake.witnesses(),
                intake.hopedOutcome(),
                intake.attachments());
    }

    private Intake.Reporter withReporterName(UUID communityId, Intake.Reporter reporter) {
        if (reporter.userId() == null || !reporter.name().isBlank()) {
            return reporter;
        }
        return directory
                .person(communityId, reporter.userId())
                .map(p -> new Intake.Reporter(p.id(), p.displayName(), p.email()))
                .orElse(reporter);
    }

    /** Signed in, or told to an intake officer, a reporter is known: anonymity is the public page's. */
    private static void requireKnownReporter(Intake intake) {
        if (intake.mode() == ReporterMode.ANONYMOUS) {
            throw new FileRejection("mode", "validation.invalidChoice");
        }
    }

    /** Gives the office's intake officers a file received on the public page. */
    void assignIntake(ComplaintOffice office, UUID fileId) {
        assignIntakeOfficers(office, fileId);
    }

    static NotFoundException notFound() {
        return new NotFoundException("Complaint file");
    }
}
