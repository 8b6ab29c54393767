package ca.vigie.complaints.files;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import java.sql.Timestamp;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What only the office lead does to a file: keeps a person out of it, places or lifts a legal hold,
 * and reads or shares a confidential reporter's identity, each for a reason written to the audit
 * trail. Anyone else is told the file does not exist.
 */
@Service
public class FileLeads {

    private final JdbcClient jdbc;
    private final FileWalls walls;
    private final ComplaintFiles files;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;
    private final OrganizationDirectory directory;

    FileLeads(
            JdbcClient jdbc,
            FileWalls walls,
            ComplaintFiles files,
            AuditTrail audit,
            CommunityCalendar calendar,
            OrganizationDirectory directory) {
        this.jdbc = jdbc;
        this.walls = walls;
        this.files = files;
        this.audit = audit;
        this.calendar = calendar;
        this.directory = directory;
    }

    /** The office lead keeps a person of the community out of the file, whoever they are. */
    @Transactional
    public void keepOut(VigiePrincipal lead, UUID fileId, @Nullable UUID userId) {
        FileHeader file = files.openable(lead, fileId);
        if (!walls.access(lead, file).lead()) {
            throw ComplaintFiles.notFound();
        }
        if (userId == null
                || userId.equals(lead.userId())
                || directory.person(lead.communityId(), userId).isEmpty()) {
            throw new FileRejection("deniedUserId", "validation.invalidChoice");
        }
        jdbc.sql("delete from complaint_assignment where file_id = ? and user_id = ?")
                .params(fileId, userId)
                .update();
        jdbc.sql("""
                        insert into complaint_denied (file_id, community_id, user_id, added_at, added_by)
                        values (?, ?, ?, ?, ?)
                        on conflict do nothing
                        """)
                .params(fileId, lead.communityId(), userId, Timestamp.from(calendar.now()), lead.userId())
                .update();
        audit.record(AuditEntry.by(lead, "COMPLAINT_PERSON_KEPT_OUT", "complaint_file", fileId)
                .withPurpose(userId.toString()));
    }

    /** The office lead places a legal hold on a file, or lifts it: a held file is never destroyed. */
    @Transactional
    public void hold(VigiePrincipal lead, UUID fileId, boolean held) {
        FileHeader file = requireLead(lead, fileId);
        if (file.contentDestroyed()) {
            throw new FileRejection("legalHold", "complaints.retention.alreadyDestroyed");
        }
        jdbc.sql("update complaint_file set legal_hold = ? where id = ?")
                .params(held, file.id())
                .update();
        audit.record(AuditEntry.by(
                lead,
                held ? "COMPLAINT_LEGAL_HOLD_PLACED" : "COMPLAINT_LEGAL_HOLD_LIFTED",
                "complaint_file",
                file.id()));
    }

    /** The office lead reads a confidential reporter's identity, for a reason that goes to the audit trail. */
    @Transactional
    public Intake.Reporter readReporter(VigiePrincipal lead, UUID fileId, @Nullable IdentityReason reason) {
        FileHeader file = requireLead(lead, fileId);
        requireConfidential(file);
        if (reason == null) {
            throw new FileRejection("identityReason", "validation.required");
        }
        audit.recordRead(lead, "complaint_reporter", file.id(), "reporter identity read: " + reason.name());
        return files.reporterFor(lead, file);
    }

    /** The office lead shares a confidential reporter's identity with the file's staff, for a reason. */
    @Transactional
    public void shareReporter(VigiePrincipal lead, UUID fileId, @Nullable IdentityReason reason) {
        FileHeader file = requireLead(lead, fileId);
        requireConfidential(file);
        if (reason == null) {
            throw new FileRejection("identityReason", "validation.required");
        }
        jdbc.sql("update complaint_file set identity_shared = true, version = version + 1 where id = ?")
                .param(file.id())
                .update();
        audit.record(AuditEntry.by(lead, "COMPLAINT_REPORTER_SHARED", "complaint_file", file.id())
                .withPurpose(reason.name()));
    }

    /** Only a confidential reporter has an identity the lead holds back: a named one is known, an anonymous one is not. */
    private static void requireConfidential(FileHeader file) {
        if (file.mode() != ReporterMode.CONFIDENTIAL) {
            throw new FileRejection("identityReason", "complaints.reporter.notConfidential");
        }
    }

    private FileHeader requireLead(VigiePrincipal lead, UUID fileId) {
        FileHeader file = files.openable(lead, fileId);
        if (!walls.access(lead, file).lead()) {
            throw ComplaintFiles.notFound();
        }
        return file;
    }
}
