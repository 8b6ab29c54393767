package ca.vigie.complaints.files;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.complaints.intake.ConsentForm;
import ca.vigie.complaints.intake.InformalKind;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.offices.ComplaintOffice;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.FieldEncryption;
import ca.vigie.system.SubmissionGuard;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Help given outside any formal file: coaching, a helpline contact, a facilitated dialogue. A record
 * keeps only what the office needs to count its work and follow up, and reaches only the person who
 * gave the help and the office lead. It becomes a formal complaint only with the person's consent,
 * recorded with how and when it was given; the complaint then goes to the office's intake officers
 * like any other, and the informal helper does not see it unless they are assigned.
 */
@Service
public class InformalServices {

    /** The office roles that give informal help. */
    public static final Set<StaffRole> PROVIDERS = EnumSet.of(
            StaffRole.INTAKE_OFFICER, StaffRole.CASE_MANAGER, StaffRole.RECOVERY_PRACTITIONER, StaffRole.OFFICE_LEAD);

    private static final int MAX_PERSON = 200;
    private static final int MAX_NOTE = 2000;

    private final JdbcClient jdbc;
    private final ComplaintOffices offices;
    private final ComplaintFiles files;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;

    InformalServices(
            JdbcClient jdbc,
            ComplaintOffices offices,
            ComplaintFiles files,
            FieldEncryption encryption,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.files = files;
        this.encryption = encryption;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
    }

    /** A service as listed: nothing that names the person. */
    public record Line(
            UUID id,
            UUID officeId,
            UUID organizationId,
            InformalKind kind,
            LocalDate providedOn,
            UUID providedBy,
            @Nullable LocalDate consentOn,
            @Nullable ConsentForm consentHow,
            @Nullable UUID fileId,
            boolean contentDestroyed) {

        public boolean turnedIntoComplaint() {
            return fileId != null;
        }
    }

    /** A service opened, with who was helped and the note, as far as they were recorded. */
    public record Opened(Line line, String person, String note) {}

    /** What is asked when recording a service. */
    public record NewService(
            @Nullable UUID organizationId,
            @Nullable InformalKind kind,
            @Nullable LocalDate providedOn,
            String person,
            String note) {}

    /** The person's consent to a formal complaint, as the staff member records it. */
    public record Consent(
            boolean given,
            @Nullable ConsentForm how,
            @Nullable LocalDate on) {}

    /** The organisations for which this person may record informal help. */
    @Transactional(readOnly = true)
    public List<UUID> organizationsHelpedBy(VigiePrincipal who) {
        return offices.staffedBy(who.communityId(), who.userId()).stream()
                .filter(o -> o.rolesOf(who.userId()).stream().anyMatch(PROVIDERS::contains))
                .flatMap(o -> o.served().stream().map(ComplaintOffice.Served::organizationId))
                .toList();
    }

    @Transactional
    public UUID record(VigiePrincipal who, NewService service, UUID formToken) {
        if (service.kind() == null) {
            throw new FileRejection("kind", "validation.required");
        }
        if (service.organizationId() == null) {
            throw new FileRejection("organizationId", "validation.required");
        }
        ComplaintOffice office = offices.serving(who.communityId(), service.organizationId())
                .filter(o -> o.rolesOf(who.userId()).stream().anyMatch(PROVIDERS::contains))
                .orElseThrow(() -> new FileRejection("organizationId", "validation.invalidChoice"));
        if (service.providedOn() == null) {
            throw new FileRejection("providedOn", "validation.required");
        }
        if (service.providedOn().isAfter(calendar.today(who.communityId()))) {
            throw new FileRejection("providedOn", "complaints.date.future");
        }
        IntakeCheck.length(service.person(), MAX_PERSON, "person");
        IntakeCheck.length(service.note(), MAX_NOTE, "note");
        return submissions.once(formToken, () -> {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into complaint_informal_service (id, community_id, office_id, organization_id,
                                jurisdiction, kind, provided_on, provided_by, person, note, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            who.communityId(),
                            office.id(),
                            service.organizationId(),
                            office.serving(service.organizationId())
                                    .orElseThrow()
                                    .jurisdiction()
                                    .name(),
                            service.kind().name(),
                            Date.valueOf(service.providedOn()),
                            who.userId(),
                            optional(service.person(), "person", id),
                            optional(service.note(), "note", id),
                            Timestamp.from(calendar.now()))
                    .update();
            audit.record(AuditEntry.by(who, "COMPLAINT_INFORMAL_SERVICE_RECORDED", "complaint_informal_service", id));
            return id;
        });
    }

    /**
     * The services this person gave in an office where they still give informal help, and all of
     * the office's for its lead, newest first.
     */
    @Transactional(readOnly = true)
    public List<Line> reachableBy(VigiePrincipal who) {
        return jdbc.sql("""
                        select * from complaint_informal_service
                        where community_id = :community
                            and ((provided_by = :who and office_id = any(:helped)) or office_id = any(:led))
                        order by provided_on desc, created_at desc
                        """)
                .param("community", who.communityId())
                .param("who", who.userId())
                .param("helped", officesWhere(who, PROVIDERS).toArray(UUID[]::new))
                .param("led", officesWhere(who, Set.of(StaffRole.OFFICE_LEAD)).toArray(UUID[]::new))
                .query(InformalServices::line)
                .list();
    }

    /** A service with who was helped and the note; the reading is audited. */
    @Transactional
    public Opened open(VigiePrincipal who, UUID id) {
        Line line = reachable(who, id);
        record Content(byte @Nullable [] person, byte @Nullable [] note) {}
        Content content = jdbc.sql("select person, note from complaint_informal_service where id = ?")
                .param(id)
                .query((rs, row) -> new Content(rs.getBytes("person"), rs.getBytes("note")))
                .single();
        audit.recordRead(who, "complaint_informal_service", id, "informal service opened");
        return new Opened(line, decrypt(content.person(), "person", id), decrypt(content.note(), "note", id));
    }

    /**
     * Turns a service into a formal complaint, once, with the person's consent recorded beside it.
     * The complaint reaches the office's intake officers; its reference is returned to say so.
     */
    @Transactional
    public UUID turnIntoComplaint(
            VigiePrincipal who, UUID id, Consent consent, Intake intake, Intake.Reporter reporter, UUID formToken) {
        Line line = reachable(who, id);
        checkConsent(who, line, consent);
        files.checkTakenDown(who, intake, reporter);
        ComplaintOffice office = offices.get(who.communityId(), line.officeId());
        UUID fileId = submissions.once(formToken, () -> {
            // Locked, so that two people turning the same service at once make one complaint.
            boolean already = jdbc.sql(
                            "select file_id is not null from complaint_informal_service where id = ? for update")
                    .param(id)
                    .query(Boolean.class)
                    .single();
            if (already) {
                throw new FileRejection("consentGiven", "complaints.informal.alreadyComplaint");
            }
            UUID filed = files.recordFromService(who, office, line.organizationId(), intake, reporter);
            jdbc.sql("""
                            update complaint_informal_service
                            set consent_on = ?, consent_how = ?, consent_recorded_by = ?, file_id = ?
                            where id = ?
                            """)
                    .params(Date.valueOf(consent.on()), consent.how().name(), who.userId(), filed, id)
                    .update();
            audit.record(AuditEntry.by(
                            who, "COMPLAINT_INFORMAL_SERVICE_TURNED_INTO_COMPLAINT", "complaint_informal_service", id)
                    .withPurpose("consent given " + consent.how().name()));
            return filed;
        });
        files.discardHeld(intake);
        return fileId;
    }

    /** Checks the consent recorded for a service without turning it into anything, so that a form shows every problem. */
    @Transactional(readOnly = true)
    public void checkConsent(VigiePrincipal who, UUID id, Consent consent) {
        checkConsent(who, reachable(who, id), consent);
    }

    private void checkConsent(VigiePrincipal who, Line line, Consent consent) {
        if (line.contentDestroyed()) {
            throw new FileRejection("consentGiven", "complaints.retention.alreadyDestroyed");
        }
        if (!consent.given()) {
            throw new FileRejection("consentGiven", "complaints.informal.consentRequired");
        }
        if (consent.how() == null) {
            throw new FileRejection("consentHow", "validation.required");
        }
        if (consent.on() == null) {
            throw new FileRejection("consentOn", "validation.required");
        }
        if (consent.on().isAfter(calendar.today(who.communityId()))
                || consent.on().isBefore(line.providedOn())) {
            throw new FileRejection("consentOn", "complaints.informal.consentOn.range");
        }
    }

    /** The reference of the complaint a service became, for its page. */
    @Transactional(readOnly = true)
    public Optional<String> complaintReference(VigiePrincipal who, UUID id) {
        Line line = reachable(who, id);
        if (line.fileId() == null) {
            return Optional.empty();
        }
        return jdbc.sql("select reference from complaint_file where id = ?")
                .param(line.fileId())
                .query(String.class)
                .optional();
    }

    /**
     * A service the person may reach: one they gave in an office where they still give informal
     * help, or any of an office they lead; else "not found".
     */
    private Line reachable(VigiePrincipal who, UUID id) {
        List<UUID> helped = officesWhere(who, PROVIDERS);
        List<UUID> led = officesWhere(who, Set.of(StaffRole.OFFICE_LEAD));
        return jdbc.sql("select * from complaint_informal_service where community_id = ? and id = ?")
                .params(who.communityId(), id)
                .query(InformalServices::line)
                .optional()
                .filter(l -> (l.providedBy().equals(who.userId()) && helped.contains(l.officeId()))
                        || led.contains(l.officeId()))
                .orElseThrow(ComplaintFiles::notFound);
    }

    /** The offices where this person holds one of these roles today. */
    private List<UUID> officesWhere(VigiePrincipal who, Set<StaffRole> roles) {
        return offices.staffedBy(who.communityId(), who.userId()).stream()
                .filter(o -> o.rolesOf(who.userId()).stream().anyMatch(roles::contains))
                .map(ComplaintOffice::id)
                .toList();
    }

    private byte @Nullable [] optional(String value, String column, UUID id) {
        return value.isBlank() ? null : encryption.encrypt(value.strip(), binding(column, id));
    }

    private String decrypt(byte @Nullable [] value, String column, UUID id) {
        return value == null ? "" : encryption.decrypt(value, binding(column, id));
    }

    private static String binding(String column, UUID id) {
        return "complaint_informal_service." + column + ":" + id;
    }

    private static Line line(ResultSet rs, int row) throws SQLException {
        Date consentOn = rs.getDate("consent_on");
        String consentHow = rs.getString("consent_how");
        return new Line(
                rs.getObject("id", UUID.class),
                rs.getObject("office_id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                InformalKind.valueOf(rs.getString("kind")),
                rs.getDate("provided_on").toLocalDate(),
                rs.getObject("provided_by", UUID.class),
                consentOn == null ? null : consentOn.toLocalDate(),
                consentHow == null ? null : ConsentForm.valueOf(consentHow),
                rs.getObject("file_id", UUID.class),
                rs.getTimestamp("content_destroyed_at") != null);
    }
}
